# CAMEO root 01 — MAKE PUBLIC STATEMENT (010–019)
#
# Verb records for tacitus (docs/dictionaries.md). Written by the tacitus project from the
# CAMEO 1.1b3 category definitions; codes and labels are GDELT's CAMEO.eventcodes.txt.
# Each block names the CAMEO categories it implements. Pattern slots: $ source, + target,
# % compound (reciprocal), * the verb, &SET a synset (00-synsets.tac), A_B adjacent words.
# Blocks may emit codes of other roots (a verb is filed under its main sense).
# Most patterns leave out `$`: the coder then takes the subject of the verb's clause (which
# handles relative clauses and passives) and, without `+`, the first actor after the verb.
# An actor after a preposition (`* WITH +`) must follow it closely ("with the United States").
# "A:B" codes source->target A and target->source B (reciprocal talks, visits 042:043).
# The appeal (02), intent (03), demand (10) and reject (12) blocks share one table of
# complements, most specific first (ceasefire, withdrawal, sanctions, release, … aid,
# cooperation): edit the four together. Ties between equally heavy patterns go to the first.

verb DECLINE_COMMENT    # 011 Decline comment
  lemma   decline to comment; refuse to comment; decline comment; decline to say; refuse to say; decline to confirm; decline to elaborate; decline to discuss; refuse to confirm; decline to give details
  code    011
  pattern 011   * ON +
  pattern 011   * ABOUT +
  pattern 011   * WHETHER +

verb EXPRESS    # 012 pessimistic / 013 optimistic / 018 empathetic; also 051, 055, 030, 036, 020, 111 by object
  lemma   express; voice; convey
  pattern 055   * &APOLOGY TO +
  pattern 055   * &APOLOGY TOWARD +
  pattern 055   * &APOLOGY +
  pattern 018   * &CONDOLENCES TO +
  pattern 018   * &CONDOLENCES +
  pattern 018   * SOLIDARITY WITH +
  pattern 051   * SUPPORT FOR +
  pattern 051   * GRATITUDE TO +
  pattern 051   * APPRECIATION FOR +
  pattern 051   * APPRECIATION TO +
  pattern 051   * SATISFACTION WITH +
  pattern 036   * READINESS TO &MEET +
  pattern 036   * WILLINGNESS TO &MEET +
  pattern 036   * INTEREST IN &MEET +
  pattern 030   * READINESS +
  pattern 030   * WILLINGNESS +
  pattern 030   * READINESS
  pattern 013   * OPTIMISM +
  pattern 013   * CONFIDENCE +
  pattern 012   * &CONCERN +
  pattern 111   * ANGER +
  pattern 111   * OUTRAGE +
  pattern 111   * INDIGNATION +
  pattern 111   * DISPLEASURE +
  pattern 111   * DISAPPROVAL +
  pattern 111   * OPPOSITION TO +
  pattern 020   * HOPE +
  pattern 020   * DESIRE +

verb CONSIDER    # 014 Consider policy option
  lemma   consider; weigh; mull; contemplate; mull over; weigh up
  code    014
  pattern ---   * + AS
  pattern ---   * + TO_BE
  pattern ---   * + A
  pattern ---   * + AN
  pattern ---   * A +
  pattern ---   * AN +
  pattern 014   * &SANCTIONS ON +
  pattern 014   * &SANCTIONS AGAINST +

verb ACKNOWLEDGE    # 015 Acknowledge or claim responsibility; 054 recognition of independence
  lemma   acknowledge; admit; concede responsibility; claim responsibility; take responsibility; accept responsibility; own up
  form    took responsibility; taken responsibility; owned up
  code    015
  pattern 054   * + INDEPENDENCE
  pattern 054   * INDEPENDENCE OF +
  pattern 054   * + AS_A_STATE
  pattern 015   * RESPONSIBILITY FOR +

verb DENY    # 016 Deny responsibility
  lemma   deny; refute; disclaim; deny responsibility; deny involvement; deny any involvement
  code    016
  pattern 120   * + ENTRY
  pattern 120   * + ACCESS
  pattern 120   * + VISAS
  pattern 120   * + VISA
  pattern 120   * ENTRY TO +
  pattern 120   * ACCESS TO +
  pattern 016   * &ACCUSATION BY +
  pattern 016   * + &ACCUSATION
  pattern 016   * &ACCUSATION +

verb LAY_WREATH    # 017 Engage in symbolic act
  lemma   lay a wreath; lay wreaths; observe a minute of silence; hold a minute of silence; plant a tree; light candles; fly flags at half-mast
  form    laid a wreath; laying a wreath; laid wreaths; observed a minute of silence; held a minute of silence; lit candles; flew flags at half-mast
  code    017
  pattern 017   * FOR +
  pattern 017   * AT +

verb SYMPATHIZE    # 018 Make empathetic comment
  lemma   sympathize; sympathise; condole; commiserate; console; comfort; offer sympathy
  code    018
  pattern 018   * WITH +

verb CONCUR    # 019 Express accord
  lemma   concur; see eye to eye; share the view; share views; share concerns
  form    saw eye to eye; shared the view; shared views; shared concerns
  code    019
  pattern 019:019 * WITH +
  pattern 019   % *

verb ISSUE    # 010 statements on a target; 139 ultimatums; 130 warnings; 055 apologies; 163 sanctions; 173 arrest warrants
  lemma   issue
  pattern 010   * STATEMENT ON +
  pattern 010   * STATEMENT ABOUT +
  pattern 139   * ULTIMATUM TO +
  pattern 130   * WARNING TO +
  pattern 055   * &APOLOGY TO +
  pattern 163   * &SANCTIONS AGAINST +
  pattern 163   * &SANCTIONS ON +
  pattern 173   * ARREST_WARRANT FOR +
  pattern 173   * WARRANT FOR +
  pattern 020   * CALL FOR +
  pattern 020   * APPEAL TO +
