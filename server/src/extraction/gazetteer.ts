/** Small word lists for entity heuristics: enough for news copy, not a knowledge base. */

export const PLACES = new Set(
  (
    'Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bangladesh Belarus Belgium Bolivia Bosnia ' +
    'Brazil Britain Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba Cyprus Czechia Denmark Egypt England ' +
    'Estonia Ethiopia Europe Africa Asia America Antarctica Oceania Finland France Gaza Georgia Germany Ghana Greece ' +
    'Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan Kenya Korea Kosovo Kuwait ' +
    'Latvia Lebanon Libya Lithuania Malaysia Mexico Moldova Mongolia Morocco Myanmar Nepal Netherlands Nigeria Norway ' +
    'Pakistan Palestine Peru Philippines Poland Portugal Qatar Romania Russia Rwanda Samoa Scotland Serbia Singapore ' +
    'Slovakia Slovenia Somalia Spain Sudan Sweden Switzerland Syria Taiwan Thailand Tonga Fiji Tunisia Turkey Uganda ' +
    'Ukraine Uruguay Venezuela Vietnam Wales Yemen Zambia Zimbabwe Crimea Donbas Donetsk Luhansk Kyiv Kiev Moscow ' +
    'Washington Alaska Anchorage London Paris Berlin Beijing Tokyo Delhi Sydney Melbourne Auckland Wellington ' +
    'Christchurch Canberra Ottawa Toronto Brussels Geneva Rome Madrid Istanbul Ankara Tehran Baghdad Jerusalem ' +
    'Cairo Dubai Riyadh Seoul Pyongyang Manila Jakarta Bangkok Hanoi Taipei Shanghai Mumbai Karachi Lagos Nairobi ' +
    'Magadan Minsk Warsaw Vienna Prague Budapest Stockholm Oslo Helsinki Copenhagen Dublin Edinburgh Lisbon Athens ' +
    'California Texas Florida York Chicago Boston Miami Seattle Atlanta Hawaii Ohio Michigan Virginia Pennsylvania ' +
    'Arizona Nevada Colorado Oregon Utah Iowa Kansas Kentucky Louisiana Alabama Tennessee Carolina Dakota Montana ' +
    'Zealand Siberia Arctic Pacific Atlantic Baltic Balkans Caribbean Kremlin Hollywood Wisconsin Minnesota Missouri'
  ).split(' '),
);

export const PLACE_WORDS = new Set(
  'Base Street Road Avenue Park Airport Island Islands River Mountain Mountains Bay City County Province Region Square Hall Bridge Harbour Harbor Valley Lake Coast Beach Sea Ocean Gulf Strait Peninsula District Village'.split(
    ' ',
  ),
);

export const ORGANISATION_WORDS = new Set(
  (
    'Council Ministry Department University College School Party Bank Corporation Corp Inc Ltd LLC Group Agency ' +
    'Commission Committee Court Parliament Senate Congress House Herald Times News Post Telegraph Guardian Journal ' +
    'Reuters Getty Press Administration Office Police Army Navy Union Association Foundation Institute Fund Board ' +
    'Authority Service Services Company Airlines Club League Federation Organisation Organization Network Television ' +
    'Radio Bureau Force Treasury Cabinet Government Assembly Trust Hospital Church Council Pentagon Kremlin Fox CNN BBC ' +
    'Statistics Stats Chamber'
  ).split(' '),
);

/** Titles and roles that come before a person's name ("President Donald Trump", "Russian leader Vladimir Putin"). */
export const PERSON_TITLES = new Set(
  (
    'President Prime Minister Secretary Senator Sen Governor Gov Mr Mrs Ms Dr Prof Professor Judge Justice Chancellor ' +
    'King Queen Prince Princess Pope General Gen Colonel Captain Sergeant Officer Detective Mayor Councillor Ambassador ' +
    'Representative Rep Chief Director Spokesman Spokeswoman Spokesperson Commissioner Chairman Chairwoman Leader Envoy ' +
    'Speaker Deputy Minister Premier Sheikh Lord Lady Sir Dame Reverend Rev Pastor Bishop Sultan Emir Tsar'
  ).split(' '),
);

/** Role nouns that a later "the US president" or "the Russian leader" can point back to. */
export const ROLE_NOUNS = new Set(
  'president leader minister secretary envoy governor chancellor counterpart senator premier spokesman spokeswoman spokesperson mayor chief ambassador adviser advisor king queen'.split(
    ' ',
  ),
);

/** Capitalised words that start sentences or name times, not entities. */
export const NOT_NAMES = new Set(
  (
    'The A An And But Or So If When While After Before He She It They We I You His Her Its Their Our My Your This That ' +
    'These Those There Here What Why How Who Where Which Earlier Later Speaking Shortly Meanwhile However Also Then Now ' +
    'Today Yesterday Tomorrow Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May ' +
    'June July August September October November December In On At For As By From To Of With Without Everyone Nobody ' +
    'Some Many Most All One Two Three Photo Video Catch Read Subscribe Updated Published Watch Mr Mrs Ms Dr Not No Yes ' +
    'Russian American Ukrainian European British Chinese English French German Our Let Do Does Did Is Are Was Were Has ' +
    'Have Had Will Would Could Should Can May Might Must Just Even Still Since Because Although Though Until Despite'
  ).split(' '),
);
