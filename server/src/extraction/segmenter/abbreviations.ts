/** Abbreviations the segmenter must not end a sentence on, grouped by how the next word decides. */

/** A set from a space-separated list (kept as one string so formatting does not put a word a line). */
function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

/** Titles come before a name, so a full stop after them never ends a sentence. */
export const TITLES = words(
  'mr mrs ms mx dr prof sen rep gov gen col lt sgt capt cpl maj adm rev hon pres supt insp det cllr ' +
    'fr messrs mme mlle atty cmdr brig',
);

/** Never end a sentence, whatever follows. */
export const NEVER_FINAL = words('e.g i.e cf vs viz al approx ca incl esp resp');

/** End a sentence unless a number follows (No. 5, Fig. 3, Jan. 5). */
export const BEFORE_NUMBER = words(
  'no nos nr fig figs vol vols p pp ch art sec para ed op tel ext est ft in yrs lbs oz jan feb mar ' +
    'apr jun jul aug sep sept oct nov dec ref pt reg',
);

/**
 * Could end a sentence or sit inside one (the U.S. Senate / moved to the U.S. The next…): a sentence ends
 * after them only when the next word is one that usually starts a sentence.
 */
export const AMBIGUOUS = words(
  'inc ltd co corp jr sr bros plc llc st ave rd blvd mt ft dept univ assn govt intl natl mass calif ' +
    'fla wash ill penn conn colo ariz mich minn tenn okla wis ore nev va ga ky la md mo n.h n.j n.y ' +
    'n.c n.d s.c s.d',
);

/** Ends a sentence before a capital unless the next word is a time zone (5 p.m. Eastern). */
export const CLOCK = words('a.m p.m am pm');
export const TIME_ZONES = words(
  'eastern pacific central mountain et pt ct mt est edt pst pdt gmt bst utc nzt nzst nzdt aest aedt ' +
    'cet cest local',
);

/** Words that usually begin a sentence; after an ambiguous abbreviation they tip the decision to a boundary. */
export const SENTENCE_STARTERS = words(
  'the a an he she it they we i you but and this that these those in on at for as if when while ' +
    'after before his her their our its there then so yet or not some many most all one two three ' +
    'what why how who where however meanwhile earlier later now today yesterday officials my your no ' +
    'since during although though because still also instead last next both each other such more few ' +
    'several according with from by to under over about',
);
