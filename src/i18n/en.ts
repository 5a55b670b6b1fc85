/*
 * Every piece of interface text, in English: the standard every other language's file follows,
 * key for key (src/lib/i18n.ts). `{name}` is filled in where the text is used. A value that is part
 * of a public URL (path.*) must never change once published.
 */
export default {
	// The language itself.
	/** Its name in its own words, for the link to it from the other languages. */
	'language.name': 'English',
	/** BCP 47, for lang and hreflang. */
	'language.tag': 'en',
	/** Open Graph's locale (og:locale). */
	'language.ogLocale': 'en_US',
	'language.dir': 'ltr',

	// URL segments: part of public URLs, never to change.
	'path.steps': 'steps',
	'path.guide': 'guide',
	'path.search': 'search',
	'path.offline': 'offline',

	// The site model's own text (src/lib/site-model.ts): labels, titles and summaries of the pages
	// that have no content file, and the words the counts are written in.
	/** Counts as prose writes them, 0 to 12, comma-separated; digits from 13 on. */
	'model.countWords': 'zero,one,two,three,four,five,six,seven,eight,nine,ten,eleven,twelve',
	'model.stepTitle': 'Step {n}: {title}',
	'model.stepOf': 'Step {n} of {of}',
	'model.introFooter': 'The {count} steps',
	'model.introList': 'The introduction',
	'model.introEyebrow': 'A guide in {n} steps',
	'model.guideTitle': 'The whole guide',
	'model.guideLabel': 'The whole guide on one page',
	'model.guideSummary':
		'{title}: the introduction and all {count} steps on one page, to read straight through or print.',
	'model.guideCardSummary': 'The introduction and all {n} steps, to read straight through or print.',
	'model.searchTitle': 'Search',
	'model.searchLabel': 'Search the guide',
	'model.searchSummary':
		"Search the guide for what you're worried about, and go straight to the passage that speaks to it.",
	'model.notFoundTitle': 'Page not found',
	'model.notFoundSummary': "This page isn't here. Here is every page of the guide.",
	'model.offlineTitle': "You're offline",
	'model.offlineSummary': "This page isn't saved on this device. These pages of the guide are.",

	// Ids the layouts give to a step's parts (src/lib/sections.ts): public URLs, never to change.
	'section.step': 'step-{n}',
	'section.inShort': 'step-{n}-in-short',
	'section.tryThis': 'step-{n}-try-this',

	// The link to the same page in another language (src/components/LanguageLink.astro).
	'langLink.nav': 'Other languages',

	// The interface: every piece of text the components, layouts, islands and pages render.
	// Where a component's markup carries text for its script (data-* on a live region), the key
	// names the element it is spoken from.

	// BaseLayout, the header and the footer, on every page.
	'layout.skipLink': 'Skip to content',
	'header.menuLabel': 'Steps',
	'header.menu': 'All steps',
	'footer.label': 'Footer',
	'footer.about':
		'{site} is a guide for people who pushed away someone who cared about them. It sets no cookies and sends nothing anywhere: what you do here stays on your device.',

	// A step's page, its progress bar and its neighbours.
	'progress.label': 'Progress through the guide',
	'progress.stepOf': 'Step {n} of {of}',
	'reading.minutes': '{n} min read',
	'toc.label': 'Contents',
	'toc.title': 'On this page',
	'keyPoints.inShort': 'In short',
	'keyPoints.tryThis': 'Try this',
	'nav.label': 'Previous and next step',
	'nav.previous': 'Previous: step {n}',
	'nav.backTo': 'Back to',
	'nav.next': 'Next: step {n}',
	'nav.nextPage': 'Next',
	'nav.allSteps': 'All {count} steps',
	'section.linkTo': 'Link to section: {heading}',
	'checklist.title': 'Apology checklist',
	'checklist.ownPage': '{link}, with the same ticks and draft.',
	'checklist.ownPageLink': 'The checklist has its own page too',
	/** Pagefind's label for a step's results ("Step 3"), shown above the result's title. */
	'search.stepLabel': 'Step {n}',

	// The intro and its step cards.
	'stepCard.step': 'Step {n}:',
	'intro.steps': 'The {count} steps',
	'intro.stepsText': 'Each one takes a few minutes to read, and longer to live. How they fit together is above.',
	'intro.wholeGuideAsk': 'Prefer one long read, or want to print it?',
	'intro.wholeGuide': 'Read the whole guide on one page',
	'intro.more': 'More of the guide',
	'intro.tools': 'Tools',
	'intro.toolsPrivateOne': 'It works on your device alone: nothing you answer or write is sent anywhere.',
	'intro.toolsPrivateTwo': 'Both work on your device alone: nothing you answer or write is sent anywhere.',
	'intro.toolsPrivateMany': 'They all work on your device alone: nothing you answer or write is sent anywhere.',

	// /guide/, the whole guide on one page.
	'guide.meta': 'The whole guide on one page · {time}',
	'guide.stepMeta': 'Step {n} of {of} · {time}',
	'guide.openStep': 'Open step {n} on its own page',

	// /search/, the 404, the offline page and the short links.
	'searchPage.title': 'Search the guide',
	'searchPage.summary': "Type what's worrying you, in your own words, and go straight to the part that speaks to it.",
	'searchPage.allPages': 'Every page of the guide',
	'searchPage.noJs':
		"Search needs JavaScript, which is turned off or didn't load in this browser. Every page of the guide is listed below.",
	'searchPage.dev':
		'Search works once the site has been built: run “npm run build”, then reload. Every page of the guide is listed below.',
	'searchPage.failed':
		"Search couldn't load just now. Check your connection and reload the page, or pick a page from the list below.",
	'searchPage.boxLabel': 'Search on this page',
	'notFound.title': "This page isn't here",
	'notFound.text':
		'The link may be mistyped, or the page may have moved. Everything in the guide is still here; pick up wherever you were:',
	'offline.text':
		"This page needs a connection, and this device doesn't have one right now. The whole guide is saved here, so any of these pages opens without one:",
	'offline.back': "When you're back online, the page you asked for opens again as usual.",
	'short.continue': 'Continue to the step',

	// Search: the header's button and dialog, the box, its results and announcements.
	'search.button': 'Search',
	'search.dialog': 'Search the guide',
	'search.close': 'Close search',
	'search.input': 'Search the guide',
	'search.placeholder': 'Search the guide, in your own words',
	/**
	 * Words that carry no subject, left out of every search (src/islands/search/ranking.ts): pronouns,
	 * the person asked about, the glue of a question. Without accents, separated by spaces. "no" and
	 * "not" are not here: they change what a query means.
	 */
	'search.stopWords':
		'i im ive id ill me my mine myself you youre your yours yourself we us our ours they theyre them their theirs he hes him his she shes her hers it its itself this that these those there here ex gf bf girlfriend boyfriend partner husband wife someone somebody person a an the and or but if so of to in on at by for from with about into as than then do does did doing done is am are was were be been being have has had having can could would should will shall may might must what whats how hows why when where which who whom whose just really very too also still even ever please any some all get got gets getting make makes made go going gonna wanna want',
	'search.results': 'Search results',
	'search.none': 'Nothing found for “{query}”. Try fewer words, or other ones.',
	'search.one': '1 page found for “{query}”',
	'search.many': '{n} pages found for “{query}”',
	'search.failed': "Search couldn't load just now. Check your connection and try again.",
	'search.sections': 'Sections of {title}',
	'search.toolLabel': 'Tool',
	'highlight.one': '{n} match highlighted',
	'highlight.many': '{n} matches highlighted',
	'highlight.clear': 'Clear highlight',

	// Support: the line on every page, the lines themselves and the search's card.
	'support.line': "{link}, you don't have to carry this alone. Free, private support is one call or text away.",
	'support.lineLink': "If you're struggling",
	/** The id of /when-to-stop/'s section on support, in this language's edition of that page. */
	'support.fragment': 'if-youre-struggling',
	'support.directory': '{link} lists free, private crisis lines in almost every country.',
	'support.crisis':
		'In the US, the 988 Suicide & Crisis Lifeline: {call} or {text}, any time. It also answers in Spanish.',
	'support.crisisCall': 'call\u00a0988',
	'support.crisisText': 'text 988',
	/** Where the text link goes: the Lifeline's number, with the word that picks its language where there is one. */
	'support.crisisTextHref': 'sms:988',
	'support.abuse':
		'In the US, the National Domestic Violence Hotline, for anyone hurt or hurting someone: {call} or {text}',
	'support.abuseCall': 'call\u00a01\u2011800\u2011799\u20117233',
	'support.abuseText': 'text START to 88788',
	'support.emergency': 'If you or someone else is in danger right now, call your local emergency number.',
	'support.cardTitle': 'You don’t have to go through this alone',
	'support.cardText': 'If you’re thinking about harming yourself, or you’re not safe, please reach out now:',
	'support.cardMore': 'More on finding support',

	// Sharing: the share button, section and passage links, and what they announce.
	'share.step': 'Share this step',
	'share.copied': 'Link copied',
	'share.copyThis': 'Copy this link: {url}',
	'share.passage': 'Copy link to this passage',
	'share.section': 'Copy link to this section',

	// The theme toggle.
	'theme.toggle': 'Dark theme',

	// The self-check.
	'selfCheck.noJs':
		'Turn on JavaScript to see your result, or use this as a printed list: the step each question relates to is shown under it.',
	'selfCheck.gateTitle': 'First: is reaching out right at all?',
	'selfCheck.stepsTitle': 'Then: the steps',
	'selfCheck.yes': 'Yes',
	'selfCheck.no': 'No',
	'selfCheck.notYet': 'Not yet',
	'selfCheck.notSure': 'Not sure',
	/** Joins the answers that mean stop: "“Yes” or “Not sure”". */
	'selfCheck.or': ' or ',
	'selfCheck.quoted': '“{text}”',
	'selfCheck.stopWhen': "If {answers}, please don't reach out now. Read {section}.",
	'selfCheck.relates': 'Step {n}: {title}',
	/** Before the script runs; it is hidden with JavaScript off, so this is what it first shows. */
	'selfCheck.countNone': '0 of {total} answered',
	'selfCheck.count': '{answered} of {total} answered, {left} to go',
	'selfCheck.countShown': '{answered} of {total} answered. Your result is below.',
	'selfCheck.countAll': 'All {total} answered. Your result is below.',
	'selfCheck.startOver': 'Start over',
	'selfCheck.storageWarning':
		"This page can't save anything on this device, so your answers will be gone when you leave. Your result still works.",
	'selfCheck.storageNewer':
		"Your saved answers were made with a newer version of this guide than this page, so they can't be shown here. They are safe: nothing you do on this page will change them. Reloading the page brings the newer version.",
	'selfCheck.result': 'Your result:',
	'selfCheck.readFirst': 'Please read first',
	'selfCheck.read': 'Read “{title}”',
	'selfCheck.supportTitle': 'Support, any time',
	'selfCheck.lookAfter': '{link} has ideas for the wait, the urge to text, and the long nights.',
	'selfCheck.revisit': 'Steps to revisit',
	'selfCheck.beforeReachOut': 'Before you reach out: {link}',
	'selfCheck.onceNotPursuing': 'reaching out once is not the same as pursuing',
	/** The id of that section of /when-to-stop/ in this language's edition. */
	'selfCheck.onceNotPursuingFragment': 'reaching-out-once-is-not-the-same-as-pursuing',
	'selfCheck.afterReachOut': "{link}: if they don't reply, say no, say “not now” or say yes",
	'selfCheck.whatever': '{link}, whatever happens',
	'selfCheck.whereSupport': 'Where to get support',
	'selfCheck.aid':
		'This is a reflection aid, not professional advice. Only you can judge what is right, and a counselor or someone you trust can help you think it through.',

	// The apology checklist.
	'checklist.draftTitle': 'Write your apology',
	'checklist.draftLabel': 'Your apology, in your own words',
	'checklist.draftNote':
		"Saved as you type, only in this browser on this device. It never leaves your device, and clearing this site's data in your browser deletes it.",
	'checklist.copy': 'Copy',
	'checklist.clear': 'Clear',
	'checklist.storageWarning':
		"Your browser isn't letting this page save anything, so your ticks and your draft will be gone when you leave. Copy your draft somewhere safe before you go.",
	'checklist.storageNewer':
		"Your saved ticks and draft were made with a newer version of this guide than this page, so they can't be shown here. They are safe: nothing you do on this page will change them. Reloading the page brings the newer version.",
	'checklist.confirmTitle': 'Delete your draft?',
	'checklist.confirmText':
		'It will be removed from this device and cannot be brought back. Your ticks stay as they are.',
	'checklist.keep': 'Keep it',
	'checklist.delete': 'Delete draft',
	'checklist.done': '{done} of {total} done',
	'checklist.allDone': 'All {total} done',
	'checklist.nothingToCopy': 'There is nothing to copy yet.',
	'checklist.copied': 'Copied. You can paste it wherever you write to them.',
	'checklist.copyFailed':
		'Your browser did not allow copying. The text is selected: copy it from your keyboard or menu.',
	'checklist.nothingToClear': 'There is nothing to clear.',
	'checklist.deleted': 'Your draft is deleted.',
	'checklist.from':
		'Drawn from {first} and {second}. It is also at the end of step 1, with the same ticks and draft. What you tick and write stays on this device: {privacy}.',
	'checklist.stepLink': 'step {n}: {title}',
	'checklist.privacy': 'what this site keeps, and how to delete it',

	// The privacy page's "Delete everything".
	'forget.noJs':
		"With JavaScript off, this page can't delete anything for you, but your browser can. Open its settings for this site and clear its data:",
	'forget.chromeName': 'Chrome, Edge or Samsung Internet:',
	'forget.chrome':
		'tap the icon left of the address, then "Site settings" (or "Cookies and site data"), then "Delete data" or "Clear".',
	'forget.firefoxName': 'Firefox:',
	'forget.firefox': 'tap the padlock left of the address, then "Clear cookies and site data".',
	'forget.safariName': 'Safari on iPhone or iPad:',
	'forget.safari': 'Settings, then Apps, Safari, Advanced, Website Data: find this site and delete it.',
	'forget.intro':
		"One button deletes all of it from this browser: your answers, ticks, draft and theme, and the offline copy. It can't be undone. The offline copy comes back the next time you open a page of the guide, with nothing of yours in it.",
	'forget.button': 'Delete everything this site keeps',
	'forget.confirmTitle': 'Delete everything?',
	'forget.confirmText':
		"Your self-check answers, your checklist ticks and draft, your theme and the offline copy will be removed from this device. This can't be undone.",
	'forget.keep': 'Keep it',
	'forget.delete': 'Delete everything',
	'forget.done': 'Done. Everything this site kept on this device is deleted.',
	'forget.failed':
		"Some of it could not be deleted ({what}). Your browser's settings can clear this site's data instead.",
	'forget.and': ', ',
	'forget.storage': 'your answers, ticks, draft and theme',
	'forget.offline': 'the offline copy',
} as const;
