/**
 * Line patterns of page furniture, captions, bylines and datelines. Each is
 * anchored and bounded so no input can make it backtrack for long; callers
 * apply them only to lines shorter than MAX_PATTERN_LINE.
 */
export const MAX_PATTERN_LINE = 400;

const MONTH_CAP = '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)';
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

/** Lines that are page chrome wherever they stand. */
export const BOILERPLATE_LINES: readonly { readonly rule: string; readonly re: RegExp }[] = [
  { rule: 'listing-heading', re: /^(?:recent|latest|top|most (?:popular|read|viewed)|trending|related|more|popular|other|similar) (?:comments|posts|articles|stories|news|videos|reads|content|links|topics|coverage)\b.{0,40}$/i },
  { rule: 'comment-prompt', re: /^(?:leave a (?:reply|comment)|post a comment|add a comment|comments?(?: \(\d{1,6}\))?|\d{1,6} comments?|(?:show|view|hide|load) (?:all )?comments|join the (?:conversation|discussion)|cancel reply|you must be logged in to post a comment\.?)$/i },
  { rule: 'share-links', re: /^(?:(?:share|share this(?: article| story| post| page)?|share on \w{1,12}|tweet|e-?mail|print|whatsapp|facebook|twitter|x|linkedin|pinterest|reddit|telegram|copy link|messenger|flipboard)[\s|•·,/]*){1,12}$/i },
  { rule: 'subscribe-prompt', re: /^(?:subscribe|sign up|sign in|log in|register|follow us|get our newsletter|subscribe to (?:our|the) \w{1,20}|download (?:our|the) app|get the (?:latest|app)|become a member|support (?:us|our journalism))\b.{0,100}$/i },
  { rule: 'navigation', re: /^(?:advertisement|sponsored(?: content)?|skip to (?:main )?content|read more|continue reading|click here.{0,60}|see also|back to top|tags?:.{0,200}|filed under:?.{0,200}|posted in:?.{0,200}|categories:.{0,200}|topics:.{0,200}|(?:previous|next) (?:article|post|story|page).{0,120}|you may also like|recommended(?: for you)?|read next|also read:?.{0,200}|more from.{0,80}|related:.{0,200})$/i },
  { rule: 'copyright', re: /^(?:©|copyright\b|\(c\) ?\d{4}).{0,200}$|all rights reserved\.?$/i },
  { rule: 'cookie-notice', re: /^.{0,200}\bcookies?\b.{0,200}\b(?:accept|consent|policy|settings)\b.{0,100}$/i },
  { rule: 'breadcrumb', re: /^[^>›»]{1,40}(?: [>›»] [^>›»]{1,40}){2,8}$/ },
];

/** Lines after which the rest of the page is reader comments. */
export const COMMENT_SECTION_START = /^(?:recent comments|comments(?: \(\d{1,6}\))?|\d{1,6} comments?|leave a (?:reply|comment)|join the (?:conversation|discussion)|reader comments|what (?:readers|people) are saying)$/i;

/** Photo credits and caption labels: "(Reuters file photo, Jan. 8, 2021)", "(AP Photo/Eugene Hoshiko)", "Photo: Xinhua". */
export const CAPTION_CREDIT = new RegExp(
  [
    String.raw`\((?:[^()]{0,60}[\s,/])?(?:file )?(?:photo|photograph|picture|image|illustration|screenshot|screengrab|video still)s?\b[^()]{0,80}\)`,
    String.raw`^(?:photo|photograph|picture|image|pictured|file photo|top photo|above|caption)s?\s?[:|]`,
    String.raw`(?:photo|image|picture)s? (?:by|courtesy of|credit:?) [^()]{1,60}$`,
    String.raw`\b(?:AP|AFP|Reuters|Getty Images|EPA|Xinhua|Kyodo|Yonhap|Bloomberg|Shutterstock|Anadolu|TASS|Sputnik)(?: Photo| via Getty Images)?/[^\s()]{1,40}\)?$`,
  ].join('|'),
  'i',
);

/** "By Jane Doe", "By Jane Doe and John Roe, Reuters", "Reporting by …; Editing by …". */
export const BYLINE = /^(?:(?:[Ww]ritten |[Ww]ords |[Rr]eporting |[Rr]eported |[Aa]dditional reporting )?[Bb]y|[Ee]diting by|[Cc]ompiled by|BY) \p{Lu}[\p{L}.'’-]{0,30}(?: \p{Lu}[\p{L}.'’-]{0,30}){0,3}(?:(?:,| and| &|;) .{0,120})?$/u;

/** A line that is only a date, maybe labelled: "March 16, 2021", "Published: 16 March 2021 10:02 GMT", "2021-03-16". */
export const DATE_LINE = new RegExp(
  String.raw`^(?:(?:published|updated|posted|last updated|first published|date)(?: on)?:? ?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},? )?` +
    String.raw`(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}.{0,20})?|(?:\d{1,2}(?:st|nd|rd|th)? )?${MONTH}\.? (?:\d{1,2}(?:st|nd|rd|th)?,? )?\d{4}(?:,? (?:at )?\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [a-z]{2,5})?)?)$`,
  'i',
);

/** "WASHINGTON, March 16 (Reuters) - ", "TOKYO — ", "KANGERLUSSUAQ, Greenland —": an all-caps place, then a dash. */
export const DATELINE_PREFIX = new RegExp(
  String.raw`^\p{Lu}[\p{Lu}.'’-]{1,25}(?: \p{Lu}[\p{Lu}.'’-]{0,25}){0,3}(?:, \p{Lu}[\p{L}.]{1,20}(?: \p{Lu}[\p{L}.]{1,20}){0,2})?` +
    String.raw`(?:,? ${MONTH_CAP}\.? \d{1,2}(?:, \d{4})?)?(?: \([\p{L} .&-]{2,40}\))? ?(?:—|–|--|-) ?`,
  'u',
);

/** Sentence-final punctuation, maybe followed by closing quotes or brackets. */
export const FINAL_PUNCTUATION = /[.!?…:;]["'”’»)\]]{0,3}$/;

/** A date somewhere in a line, cheaply: "March 16, 2021", "16 March", "2021". */
export const HAS_DATE = new RegExp(String.raw`\b${MONTH}\.? \d{1,2}\b|\b\d{1,2} ${MONTH}\b|\b(?:19|20)\d{2}\b`, 'i');
