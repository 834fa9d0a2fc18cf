// The app's facts, and a walk over its links, shared by the tests that check
// that everything is there: with the app (content.test.mjs) and without
// WebAssembly (nowasm.test.mjs).

/**
 * Every page a person can reach by following links from the home view, on
 * the site at `base`. `visit(path, response)` is called on each page once its
 * heading is there.
 */
export async function walk(page, base, visit = async () => {}) {
  const seen = new Set(['/']);
  const queue = ['/'];
  const text = [];
  const hrefs = new Set();
  while (queue.length > 0) {
    const path = queue.shift();
    const response = await page.goto(base + path);
    await page.locator('main h1').waitFor();
    await visit(path, response);
    text.push(await page.locator('body').innerText());
    for (const href of await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) {
      hrefs.add(href);
      const inApp = href.startsWith('/') && !href.startsWith('//');
      const address = href.split('#')[0];
      if (inApp && !seen.has(address)) {
        seen.add(address);
        queue.push(address);
      }
    }
  }
  return { pages: [...seen], text: text.join('\n'), hrefs };
}

/**
 * The call and TTY links of the state lines that take reports
 * (content-sources.md, "Reporting lines for professionals"), on the view
 * for professionals and on each state's page, in every language.
 */
export const REPORT_LINES = {
  '/local/illinois': ['tel:+18002522873', 'tel:+18003585117', 'tel:+12175242606', 'tel:+18668001409', 'tel:+18882061327'],
  '/local/maine': ['tel:+18004521999', 'tel:+18006248404', 'tel:711'],
};
REPORT_LINES['/work'] = [...REPORT_LINES['/local/illinois'], ...REPORT_LINES['/local/maine']];

/** Every call, text and mail link the seeds and content-sources.md give. */
export const LINKS = [
  'tel:+18883737888', 'sms:233733?&body=HELP', 'tel:711', 'mailto:help@humantraffickinghotline.org',
  'tel:911', 'tel:988', 'sms:988',
  // Illinois (seed 000)
  'tel:+13096620461', 'tel:+13098274005', 'tel:+18005707284', 'tel:+18665668439', 'tel:+12177534117',
  // Maine (content-sources.md)
  'tel:+18668344357', 'tel:+18008717741', 'sms:+18008717741', 'tel:+18885681112', 'sms:+18885681112',
  'tel:+18667719276', 'sms:+12075158398',
  // Reporting lines for professionals, Illinois and Maine (content-sources.md)
  ...new Set(Object.values(REPORT_LINES).flat()),
];

/** Facts from the seeds, as the app words them. */
export const FACTS = [
  // Numbers as people know them
  '1-888-373-7888', 'Text HELP to 233733', 'HELP or INFO', 'TTY 711', '800-570-PATH', '1-866-834-HELP',
  // Organisations and lines
  'National Human Trafficking Hotline', 'Office on Trafficking in Persons', 'Victim assistance',
  'YWCA Stepping Stones', 'PATH 24-Hour Hotline', 'Illinois Automated Victim Notification System',
  'Illinois Coalition Against Sexual Assault', '988 Suicide & Crisis Lifeline',
  'National Suicide Prevention and Crisis Lifeline', 'Caring Unlimited', 'York County',
  'Maine Statewide Domestic Violence Helpline', 'Maine Statewide Sexual Assault Helpline',
  'Maine Crisis Line', 'Maine Suicide and Crisis Line', 'Peer Support Line', 'Intentional Peer Support Warmline',
  'Maine Teen Text Line', 'NAMI Maine', 'Every day, 2 pm to 10 pm Eastern time', 'Open 24 hours, every day',
  'Spanish', 'more than 200',
  // What it is
  'force, fraud or coercion', 'Anyone under 18', 'Saying yes at first', 'debt bondage', 'modern slavery',
  'massage', 'Online ads and escort services', 'brothels', 'truck stops', 'Hotels and motels', 'bars and clubs',
  'manufacturing plants', 'modeling or dancing', 'false sense of family', 'better life in a new country',
  'Parents or other family members', 'a few days or weeks', 'LGBTQ', 'run away or have no home',
  'war or conflict', 'discrimination', 'deported', 'shame', 'Myths and facts',
  // The 21 warning signs
  'manage their own time', 'pimp or manager', 'paid only through tips', 'long or unusual hours',
  'not allowed breaks', 'large debt', 'false promises about what the work', 'barbed wire',
  'fearful, anxious, depressed, submissive, tense or paranoid', 'police are mentioned', 'Avoids eye contact',
  'denied medical care', 'malnourished', 'restrained or confined', 'few or no personal belongings',
  'ID card or passport', 'speak for themselves', 'just visiting', 'what city they are in', 'lost track of time',
  'inconsistencies in their story',
  // Children and teens
  'people they know', 'build trust first', 'struggling with addiction', 'run away from home',
  'Strong, supported families',
  // The 20 services
  'Crisis intervention and counseling', 'Emergency shelter and referrals', 'Urgent medical care',
  'Safety planning', 'Food and clothing', 'Case management', 'Interpretation', 'Housing',
  'Job training and education', 'Court accompaniment', 'Employment assistance', 'Transportation', 'Healthcare',
  'Immigration status', 'Criminal case services', 'Civil case services', 'Witness protection',
  'Family court services', 'Legal representation', 'Vacatur of convictions',
  'guide to services', 'help for child victims', 'other types of human trafficking', 'Rescue and Restore Coalition',
  // Professionals and reporting
  'Educators', 'Doctors', 'Dentists', 'Homemakers', 'First responders', 'child welfare services',
  'anonymous', 'trainings and workshops', 'free online sex trafficking course', 'Report a tip',
  'Illinois DCFS Child Abuse Hotline', '1-800-25-ABUSE (1-800-252-2873)', 'calling from outside Illinois',
  'Illinois Adult Protective Services Hotline', 'Maine Child Protective Intake', 'Maine Adult Protective Services',
  'Where to report in Illinois', 'Where to report in Maine', 'To report abuse or neglect', 'call 911 first',
  'ask that it be kept confidential, or report without giving your name', 'takes reports without a name', 'Mandated reporters must call',
  // Safety
  'not the police and not immigration', 'Shift three times', 'browser history', 'phone bill',
];
