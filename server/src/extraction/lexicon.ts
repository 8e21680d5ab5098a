/** Word lists shared by the scorer's hand features, the claim typer and attribution. */

/** A set from a space-separated list (kept as one string so formatting does not put a word a line). */
function words(list: string): Set<string> {
  return new Set(list.split(' '));
}

export const SPEECH_VERBS = words(
  'said says say told tells added adds stated states claimed claims argued argues insisted insists ' +
    'warned warns wrote writes explained explains announced announces declared declares noted notes ' +
    'asked asks replied replies tweeted posted admitted admits confirmed confirms denied denies ' +
    'suggested suggests continued recalled promised promises predicted acknowledged conceded boasted ' +
    'joked responded responds urged urges',
);

export const COMPARATIVE_WORDS = words(
  'more less fewer than most least largest highest lowest biggest smallest record double doubled ' +
    'tripled triple half increase increased increases decrease decreased rise rose risen fell fallen ' +
    'drop dropped higher lower bigger smaller larger worst best worse better greatest fastest slowest ' +
    'grew grown growth declined decline compared since ever first only times',
);

export const LAW_WORDS = words(
  'law laws bill bills illegal legal legislation act regulation regulations constitution ' +
    'constitutional ban banned bans treaty sanctions rule rules statute court ruled unconstitutional ' +
    'mandate mandatory required requires prohibited policy amendment veto vetoed signed passed voted ' +
    'vote ordinance executive order tax taxes',
);

export const FUTURE_WORDS = words(
  "will won't shall going expected expects forecast forecasts predict predicts plans planned " +
    "tomorrow next soon future would 'll projected likely intends",
);

export const OPINION_WORDS = words(
  'think believe feel opinion should must great terrible wonderful horrible disaster fantastic ' +
    'amazing bad good wrong right best worst love hate hope wish frankly honestly beautiful stupid ' +
    'ridiculous disgrace shame tremendous incredible unfair fair deserve deserves need needs want ' +
    'wants precious',
);

export const HEDGE_WORDS = words(
  'maybe perhaps might could probably possibly seems seem appears guess suppose may',
);

export const NUMBER_WORDS = words(
  'one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty ' +
    'seventy eighty ninety hundred hundreds thousand thousands million millions billion billions ' +
    'trillion trillions dozen dozens percent per cent twice once half quarter third majority minority ' +
    'number rate average',
);

export const FIRST_PERSON = words("i i'm me my mine i've i'll i'd myself");
export const SECOND_PERSON = words("you your you're you've yours yourself");
export const WE_WORDS = words("we our us we're we've we'll ours");
