/**
 * Cue lists for telling boilerplate from article text. Data only, no logic: the line classifier
 * (`text.ts`) and the HTML cleaner (`clean.ts`) read these. Written by us from general knowledge of
 * how news sites lay out pages (menus, consent banners, share bars, captions, promos); none of these
 * are copied from a particular page. Patterns are matched case-insensitively against a whole,
 * whitespace-collapsed line unless noted.
 */

/** Lines that are boilerplate as a whole (anchored patterns). */
export const BOILERPLATE_LINE_PATTERNS: readonly RegExp[] = [
  // navigation and accessibility chrome
  /^(skip|jump) to (the )?(main )?(content|navigation|search|menu)\b/i,
  /^accessibility (links|help|statement)$/i,
  /^(main )?(menu|navigation|navigate|search|home|homepage|back to top|top of page|sitemap|site map)$/i,
  /^(breaking|latest|top|more|related|recommended|trending|popular|most read|most popular)( news| stories| articles| videos| topics| content| coverage| reads)?( now)?$/i,
  /^choose from \d+ languages$/i,
  /^(select|change|choose) (your )?(language|edition|region|country)$/i,
  /^(print|email|e-mail|share|tweet|copy link|comment|comments|\d+ comments?|reply|save|follow|subscribe|log ?in|sign ?in|sign ?up|register|menu|close|open|next|previous|prev|more)$/i,
  /^(share|share this|share on|share via|share article|send|post) ?(story|article|page|on)?:?( (facebook|twitter|x|whatsapp|telegram|linkedin|email|reddit|pinterest|vk|mail))*$/i,
  /^(facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|reddit|pinterest|instagram|youtube|rss|vk|flipboard|print)( \| (facebook|twitter|x|whatsapp|telegram|linkedin|email|e-mail|reddit|pinterest|instagram|youtube|rss|vk|flipboard|print))*$/i,
  /^follow (us|@\w+)( on .*)?$/i,
  /^(advertisement|advertising|ad|sponsored|sponsored content|promoted|anzeige|werbung|publicité|publicidad|реклама)$/i,
  // media furniture
  /^(\d+x\d+|\d+:\d+) (image|video|photo)$/i,
  /^(image|photo|picture|video|audio|gallery|slideshow|graphic|infographic)( \d+ of \d+)?$/i,
  /^(photo|image|picture|video|foto|bild|credit|source|quelle|crédit|photographie)s?( by| credit| courtesy| source)?\s*[:©]\s*\S.{0,80}$/i,
  /^(©|\(c\)|copyright)\s?.{0,120}$/i,
  /^.{0,80}\b(getty images|shutterstock|reuters\/[a-z]|ap photo|afp photo|afp via getty|epa-efe|picture-alliance|picture alliance|imago)\b.{0,60}$/i,
  /^(watch|listen|play|play video|play audio|watch video|watch now|listen now)(:.{0,80})?$/i,
  /^(audios and videos|videos?|audios?|more|related|further) (on|about) (the|this) (topic|subject|story)$/i,
  /^[\p{L}\p{N}&.' -]{1,30} recommends?$/iu,
  /^(read|see|click|tap) (more|also|here|next|the full story|full article)\b.{0,80}$/i,
  /^(read more|more on this|more about|also read|see also|related|related articles?|related stories|related topics|related content|you (may|might) (also )?like|recommended for you|more from|more stories|more news|don't miss)\b.{0,100}$/i,
  /^(tags?|topics?|keywords?|categories|category|filed under|themen|schlagworte|mots-clés)\s*:.{0,200}$/i,
  /^(all rights reserved|alle rechte vorbehalten|tous droits réservés|todos los derechos reservados)\b.{0,100}$/i,
  /^(terms (of use|and conditions)|privacy( policy| notice)?|imprint|impressum|contact( us)?|about( us)?|careers|datenschutz|mentions légales)( \| .{0,40})*$/i,
  // date / time furniture that is not a dateline on its own (e.g. "Updated 3 hours ago")
  /^(updated|posted|published)?\s*\d+ (seconds?|minutes?|mins?|hours?|hrs?|days?) ago$/i,
  /^(loading|please wait|javascript is (disabled|required)|enable javascript)\b.{0,100}$/i,
];

/**
 * Words that mark consent / cookie / newsletter / paywall / app-promo text when they occur
 * anywhere in a line (checked together with other evidence, see text.ts).
 */
export const CONSENT_CUES: readonly RegExp[] = [
  /\bcookies?\b.{0,80}\b(consent|accept|agree|settings|preferences|policy|use|uses|store|device)\b/i,
  /\b(we|this site|this website) (need|needs|use|uses|would like) (your )?(consent|cookies)\b/i,
  /\bneed your consent\b/i,
  /\b(manage|cookie|privacy|consent) (preferences|settings|choices)\b/i,
  /\b(accept|reject|decline) (all|cookies|and continue)\b/i,
  /\bby (continuing|using) (to (browse|use) )?(this|our) (site|website)\b/i,
  /\b(sign up|subscribe) (for|to) (our|the) (\w+ )?(newsletter|briefing|digest|alerts|mailing list)\b/i,
  /\b(get|receive) (our|the) (\w+ )?(newsletter|briefing|top stories) (in|to|delivered)\b/i,
  /\b(subscribe|subscription) (now|today)\b/i,
  /\b(already a subscriber|subscribers only|for subscribers|this article is for subscribers|log in to continue)\b/i,
  /\bdownload (our|the) (free )?app\b/i,
  /\byour browser (does not|doesn't) support\b/i,
  /\bad ?blocker\b/i,
  // newsletters, apps, social follow calls (several languages)
  /\b(abonnier(en|e)|subscribe|sign up|signing up|anmelden|inscri(vez|bete|ba)|suscr[ií]b(ete|ase|irse)|registr(ieren|ati|ese))\b.{0,80}\bnewsletter\b|\bnewsletter\b.{0,60}\b(abonnieren|anmelden|subscribe|sign up|bestellen)\b/i,
  /\b(follow|folg(e|t|en sie)|s[ií]guenos|suivez|segui(teci)?|volg)\b.{0,60}\b(twitter|facebook|instagram|telegram|whatsapp|youtube|tiktok|linkedin|mastodon)\b/i,
  /\b(download|get|lade|laden sie|descarga|télécharge[zr]?)\b.{0,50}\b(our|the|unsere|die|nuestra|notre)?\s?apps?\b.{0,40}\b(ios|android|app store|google play|iphone)\b/i,
  /\b(únete|join us|tritt|treten sie)\b.{0,40}\b(telegram|whatsapp|kanal|canal|channel)\b/i,
];

/**
 * Outlet self-promotion (an outlet describing itself, asking for support). Matched anywhere in a line.
 */
export const SELF_PROMO_CUES: readonly RegExp[] = [
  /\bjournalists report the news in \d+\s*languages\b/i,
  /\breport(s|ing)? the news in \d+\s*languages\b/i,
  /\bwhere a free press is (banned|restricted|not fully established)\b/i,
  /\bwe provide what many people cannot get\b/i,
  /\b(support|fund|donate to) (our|independent|quality) journalism\b/i,
  /\b(independent|trusted) journalism (needs|depends on) (your )?support\b/i,
  /\bbecome a (member|supporter|subscriber)\b/i,
  /\bhas a team of more than \d+ journalists\b/i,
];

/** Positional markers typical of photo captions: "(L)", "(2nd R)", "(centre)". */
export const CAPTION_POSITION =
  /\((?:\d(?:st|nd|rd|th) )?(?:L|R|C|left|right|center|centre|front|back|top|bottom|l to r|from left)\)/i;

/** Prefixes/markers of a caption or credit within a line. */
export const CAPTION_CUES: readonly RegExp[] = [
  /\b(pictured|in this (photo|picture|image|file photo)|file photo|photo taken on|seen in this (photo|picture|image))\b/i,
  /^(foto|photo|bild|image|picture|photograph|abbildung|grafik|illustration)s?\s*(by\s|:)/i,
  // a credit closing the line: "… © Agency", "… Foto: Name", "… photo: Archive"
  /(?:©|\(c\)|(?:^|[\s,.|(])(?:foto|fotos|photo|photos|bild|quelle|credit|image|crédit|imagen)\s*:)\s*[\p{L}\d][\p{L}\d .,/&'’()-]{0,60}\)?$/iu,
];

/** "You are here" in a few languages: a breadcrumb trail follows. */
export const BREADCRUMB_LEADS: readonly RegExp[] = [
  /^(you are here|sie sind hier|vous êtes ici|usted está aquí|está aquí|ti trovi in|u bent hier|jesteś tutaj|вы здесь|您现在的位置|您的位置|当前位置|現在位置|현재 위치)/i,
];

/** Separators used between breadcrumb items. */
export const BREADCRUMB_SEPARATOR = /\s*(?:>|»|›|→|＞|::)\s*/;

/**
 * Lines that name who reported (kept even though short): agency credits, reporting lines,
 * initials with agencies. Matched against a whole line.
 */
export const CREDIT_LINE_PATTERNS: readonly RegExp[] = [
  /^[a-z]{1,4}(\/[a-z]{1,4})+\s*\((?:[^()]{1,15})(?:,\s*[^()]{1,15})*\)$/i, // "ab/cd (Reuters, AFP)"
  /^\((?:[A-Za-z][\w.-]{0,14})(?:,\s*[A-Za-z][\w.-]{0,14})*\)$/, // "(Reuters, AFP)"
  /^(with )?(additional )?reporting by\b.{1,150}$/i,
  /^(writing|editing|edited|compiled|written) by\b.{1,120}$/i,
  /^.{1,40}\band (wire )?agencies$/i, // "X and agencies"
  /^(source|sources|quelle|quellen)\s*:\s*.{1,80}$/i,
  /^[a-z]{1,4}(\/[a-z]{1,4})+$/i, // bare initials "ab/cd"
  /^\((?:[A-Za-z]{1,4}\/)+[A-Za-z]{1,4}\)$/, // "(ab/cd)"
];

/** News agencies whose names in a short closing line make it a credit line. */
export const AGENCY_NAMES: readonly string[] = [
  'Reuters',
  'AFP',
  'AP',
  'dpa',
  'Interfax',
  'TASS',
  'RIA Novosti',
  'Xinhua',
  'Anadolu',
  'EFE',
  'ANSA',
  'KNA',
  'epd',
  'Kyodo',
  'Yonhap',
  'PTI',
  'IANS',
  'UNI',
  'APA',
  'Belga',
  'SDA',
  'AAP',
  'PA',
  'Bloomberg',
  'IRNA',
  'Tasnim',
  'Fars',
  'SANA',
  'WAFA',
  'MENA',
  'KUNA',
  'Ukrinform',
  'Sputnik',
  'Agencies',
];

/** Short words that make a line read like running text (several languages). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'the a an of to in on at for and or but is are was were be been has have had will would said says that this ' +
    'with from by as it its he she they we his her their who which not no after before than more over about ' +
    'der die das und ist sind war nicht mit von zu im in den dem des ein eine einer auf für sich auch es ' +
    'le la les et est sont une un des du de en que qui pour pas dans sur au aux avec ' +
    'el los las y es son una un del que por para con se su al lo ' +
    'il lo gli e è sono di che per non con una ' +
    'de het een en is zijn van op te dat niet met voor'
  ).split(' '),
);

/** Section names that appear in title suffixes ("Headline | News | Outlet"). */
export const SECTION_WORDS: ReadonlySet<string> = new Set(
  (
    'news|world|politics|business|economy|europe|africa|asia|americas|middle east|us|uk|opinion|analysis|' +
    'sport|sports|culture|science|tech|technology|health|home|latest|breaking news|world news|top stories|' +
    'nachrichten|aktuell|politik|wirtschaft|actualités|noticias|notizie|nieuws|video|videos|live|blog|blogs|' +
    'article|articles|features|feature|in depth|focus|region|international|national|local|regional'
  ).split('|'),
);

/**
 * Headings that introduce related links, comments or sharing (several languages). A short line
 * matching one is furniture; in HTML, what follows a comment/related marker late in the text is cut.
 */
export const SECTION_MARKERS: readonly RegExp[] = [
  // English
  /^(related|similar|more|further|recommended|popular|most read|most popular|latest|recent|other|top)( \w+)? (articles?|posts?|stories|news|reads|content|links|topics|entries|videos|recipes|products)\b.{0,20}$/i,
  /^(you (may|might|will) also (like|enjoy|be interested in)|don't miss|also read|read also|see also|read next|up next|keep reading|more like this|more in|more from)\b.{0,40}$/i,
  /^(leave a (reply|comment)|post a comment|add a comment|write a comment|join the (discussion|conversation)|\d+ (comments?|responses?|replies|thoughts)( on .{0,80})?|comments?( \(\d+\))?|responses?|discussion)\s*:?$/i,
  /^(this (entry|post) was posted|posted in|filed under|share this|like this|about the author|author bio|tags|related posts)\b.{0,80}$/i,
  // German
  /^(weitere|ähnliche|verwandte|passende|beliebte|meistgelesene|meistdiskutierte|neueste|aktuelle|andere|mehr) (artikel|beiträge|news|nachrichten|themen|meldungen|posts|links|rezepte|produkte|videos|stories)\b.{0,20}$/i,
  /^(das|dies|diese themen|folgendes) könnte (dich|sie|euch) (auch )?interessieren\b.{0,20}$/i,
  /^((auch|ebenfalls) interessant|lesen sie (auch|mehr|weiter)|lies (auch|mehr)|mehr (zum thema|dazu|aus|von|über|erfahren)|schon gelesen|zum thema|themen im artikel|weiterführende links?|weiterführender link|quellenangaben?|empfehlungen)\b.{0,40}$/i,
  /^(kommentare?|kommentieren|kommentar (schreiben|verfassen|abgeben)|kommentare (schreiben|anzeigen|lesen)|leserkommentare|diskussion|antworten|teilen|artikel teilen|diesen artikel teilen|jetzt teilen)\b.{0,30}$/i,
  // French, Spanish, Italian, Portuguese, Dutch, Polish
  /^(à lire aussi|lire aussi|à lire également|sur le même sujet|articles? (similaires|liés)|vous aimerez aussi|commentaires?|partager|laisser un commentaire)\b.{0,40}$/i,
  /^(te puede interesar|noticias relacionadas|lee también|lea también|más noticias|comentarios|compartir|deja un comentario|artículos relacionados)\b.{0,40}$/i,
  /^(leggi anche|articoli correlati|potrebbe interessarti|commenti|condividi|lascia un commento)\b.{0,40}$/i,
  /^(leia também|veja também|notícias relacionadas|comentários|compartilhe)\b.{0,40}$/i,
  /^(lees ook|gerelateerde artikelen|meer nieuws|reacties|deel dit artikel)\b.{0,40}$/i,
  /^(czytaj (też|także|również)|zobacz (też|także|również)|podobne (artykuły|wpisy)|komentarze|udostępnij|polecane)\b.{0,40}$/i,
];

/** Markers after which the rest of a page is comments or link lists (a subset of SECTION_MARKERS' meaning). */
export const CUT_MARKERS: readonly RegExp[] = [
  /^(leave a (reply|comment)|post a comment|add a comment|write a comment|\d+ (comments?|responses?|replies|thoughts)( on .{0,80})?|comments?( \(\d+\))?)\s*:?$/i,
  /^(kommentare?( \(\d+\))?|\d+ kommentare?|kommentar (schreiben|verfassen|abgeben)|kommentare (schreiben|anzeigen|lesen)|leserkommentare|schreibe einen kommentar|hinterlasse einen kommentar)\s*:?$/i,
  /^(commentaires?|laisser un commentaire|comentarios|deja un comentario|commenti|lascia un commento|comentários|reacties|komentarze)( \(\d+\))?\s*:?$/i,
  /^(related|similar|more) (articles|posts|stories)$|^(ähnliche|verwandte|weitere) (beiträge|artikel)$|^(das|dies) könnte (dich|sie) auch interessieren:?$/i,
  // about the author, further reading, related content (several languages)
  /^(about the author|über den autor(in)?|über die autor(in|en)|zur person|l'auteur|à propos de l'auteur|sobre el autor|sobre la autora|l'autore|o autorze)\s*:?$/i,
  /^(weitere (informationen|infos|links|artikel|beiträge|themen|news)|zum weiterlesen|mehr zum thema|mehr (dazu|zu diesem thema)|lesen sie auch|das (thema )?könnte (dich|sie) (auch|ebenfalls) interessieren|auch interessant|further reading|read more|more on this( topic| story)?|you might also like|you may also like|related( content| coverage| reading)?|notas relacionadas|contenido relacionado|art[ií]culos relacionados|noticias relacionadas|lire aussi|à lire aussi|sur le même sujet|leggi anche|articoli correlati)\s*:?$/i,
];
