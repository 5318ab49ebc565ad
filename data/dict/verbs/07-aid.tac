# CAMEO root 07 — PROVIDE AID (070–075)
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

verb PROVIDE    # 070 Provide aid (071 economic, 072 military, 073 humanitarian, 074 protection); 033x when future
  lemma   provide; supply; deliver; donate; allocate; disburse; furnish; channel; ship; airlift; transfer; contribute
  code    070
  pattern 075   * + ASYLUM
  pattern 075   * ASYLUM TO +
  pattern 0332  $ WILL * &MILAID TO +
  pattern 0332  $ WOULD * &MILAID TO +
  pattern 0332  $ WILL * + WITH &MILAID
  pattern 0332  $ WOULD * + WITH &MILAID
  pattern 0333  $ WILL * &HUMAID TO +
  pattern 0333  $ WOULD * &HUMAID TO +
  pattern 0333  $ WILL * + WITH &HUMAID
  pattern 0333  $ WOULD * + WITH &HUMAID
  pattern 0334  $ WILL * &PEACEKEEPERS TO +
  pattern 0334  $ WOULD * &PEACEKEEPERS TO +
  pattern 0334  $ WILL * + WITH &PEACEKEEPERS
  pattern 0334  $ WOULD * + WITH &PEACEKEEPERS
  pattern 0331  $ WILL * &ECONAID TO +
  pattern 0331  $ WOULD * &ECONAID TO +
  pattern 0331  $ WILL * + WITH &ECONAID
  pattern 0331  $ WOULD * + WITH &ECONAID
  pattern 033   $ WILL * &AID TO +
  pattern 033   $ WOULD * &AID TO +
  pattern 033   $ WILL * + WITH &AID
  pattern 033   $ WOULD * + WITH &AID
  pattern 072   * &MILAID TO +
  pattern 072   * &MILAID FOR +
  pattern 072   * + WITH &MILAID
  pattern 072   * + &MILAID
  pattern 073   * &HUMAID TO +
  pattern 073   * &HUMAID FOR +
  pattern 073   * + WITH &HUMAID
  pattern 073   * + &HUMAID
  pattern 074   * &PEACEKEEPERS TO +
  pattern 074   * &PEACEKEEPERS FOR +
  pattern 074   * + WITH &PEACEKEEPERS
  pattern 074   * + &PEACEKEEPERS
  pattern 071   * &ECONAID TO +
  pattern 071   * &ECONAID FOR +
  pattern 071   * + WITH &ECONAID
  pattern 071   * + &ECONAID
  pattern 064   * &INTEL TO +
  pattern 064   * &INTEL FOR +
  pattern 064   * + WITH &INTEL
  pattern 064   * + &INTEL
  pattern 070   * &AID TO +
  pattern 070   * &AID FOR +
  pattern 070   * + WITH &AID
  pattern 070   * + &AID
  pattern 070   * TO +

verb GIVE    # pattern-only: give aid (07x), money (071), asylum (075)
  lemma   give; hand; grant
  form    gave; given; giving; gives; handed; granted
  pattern 0833  * + &RIGHTS
  pattern 0833  * &RIGHTS TO +
  pattern 075   * + ASYLUM
  pattern 075   * ASYLUM TO +
  pattern 054   * + RECOGNITION
  pattern 0841  * + AMNESTY
  pattern 0841  * AMNESTY TO +
  pattern 0871  * &CEASEFIRE
  pattern 0332  $ WILL * &MILAID TO +
  pattern 0332  $ WOULD * &MILAID TO +
  pattern 0332  $ WILL * + WITH &MILAID
  pattern 0332  $ WOULD * + WITH &MILAID
  pattern 0333  $ WILL * &HUMAID TO +
  pattern 0333  $ WOULD * &HUMAID TO +
  pattern 0333  $ WILL * + WITH &HUMAID
  pattern 0333  $ WOULD * + WITH &HUMAID
  pattern 0334  $ WILL * &PEACEKEEPERS TO +
  pattern 0334  $ WOULD * &PEACEKEEPERS TO +
  pattern 0334  $ WILL * + WITH &PEACEKEEPERS
  pattern 0334  $ WOULD * + WITH &PEACEKEEPERS
  pattern 0331  $ WILL * &ECONAID TO +
  pattern 0331  $ WOULD * &ECONAID TO +
  pattern 0331  $ WILL * + WITH &ECONAID
  pattern 0331  $ WOULD * + WITH &ECONAID
  pattern 033   $ WILL * &AID TO +
  pattern 033   $ WOULD * &AID TO +
  pattern 033   $ WILL * + WITH &AID
  pattern 033   $ WOULD * + WITH &AID
  pattern 072   * &MILAID TO +
  pattern 072   * &MILAID FOR +
  pattern 072   * + WITH &MILAID
  pattern 072   * + &MILAID
  pattern 073   * &HUMAID TO +
  pattern 073   * &HUMAID FOR +
  pattern 073   * + WITH &HUMAID
  pattern 073   * + &HUMAID
  pattern 074   * &PEACEKEEPERS TO +
  pattern 074   * &PEACEKEEPERS FOR +
  pattern 074   * + WITH &PEACEKEEPERS
  pattern 074   * + &PEACEKEEPERS
  pattern 071   * &ECONAID TO +
  pattern 071   * &ECONAID FOR +
  pattern 071   * + WITH &ECONAID
  pattern 071   * + &ECONAID
  pattern 064   * &INTEL TO +
  pattern 064   * &INTEL FOR +
  pattern 064   * + WITH &INTEL
  pattern 064   * + &INTEL
  pattern 070   * &AID TO +
  pattern 070   * &AID FOR +
  pattern 070   * + WITH &AID
  pattern 070   * + &AID
  pattern 071   * + &MONEY

verb SEND    # 070 aid sent (071–074); 192 troops sent into a country; 154 troops to its border; 018 condolences; 042 envoys
  lemma   send; dispatch
  form    sent; sending; sends
  pattern 192   * &TROOPS INTO +
  pattern 154   * &TROOPS BORDER WITH +
  pattern 154   * &TROOPS NEAR +
  pattern 074   * &PEACEKEEPERS TO +
  pattern 074   * &TROOPS TO +
  pattern 018   * &CONDOLENCES TO +
  pattern 042   * &DIPLOMATS TO +
  pattern 194   * &MISSILES INTO +
  pattern 194   * &MISSILES AT +
  pattern 0332  $ WILL * &MILAID TO +
  pattern 0332  $ WOULD * &MILAID TO +
  pattern 0332  $ WILL * + WITH &MILAID
  pattern 0332  $ WOULD * + WITH &MILAID
  pattern 0333  $ WILL * &HUMAID TO +
  pattern 0333  $ WOULD * &HUMAID TO +
  pattern 0333  $ WILL * + WITH &HUMAID
  pattern 0333  $ WOULD * + WITH &HUMAID
  pattern 0334  $ WILL * &PEACEKEEPERS TO +
  pattern 0334  $ WOULD * &PEACEKEEPERS TO +
  pattern 0334  $ WILL * + WITH &PEACEKEEPERS
  pattern 0334  $ WOULD * + WITH &PEACEKEEPERS
  pattern 0331  $ WILL * &ECONAID TO +
  pattern 0331  $ WOULD * &ECONAID TO +
  pattern 0331  $ WILL * + WITH &ECONAID
  pattern 0331  $ WOULD * + WITH &ECONAID
  pattern 033   $ WILL * &AID TO +
  pattern 033   $ WOULD * &AID TO +
  pattern 033   $ WILL * + WITH &AID
  pattern 033   $ WOULD * + WITH &AID
  pattern 072   * &MILAID TO +
  pattern 072   * &MILAID FOR +
  pattern 072   * + WITH &MILAID
  pattern 072   * + &MILAID
  pattern 073   * &HUMAID TO +
  pattern 073   * &HUMAID FOR +
  pattern 073   * + WITH &HUMAID
  pattern 073   * + &HUMAID
  pattern 074   * &PEACEKEEPERS FOR +
  pattern 074   * + WITH &PEACEKEEPERS
  pattern 074   * + &PEACEKEEPERS
  pattern 071   * &ECONAID TO +
  pattern 071   * &ECONAID FOR +
  pattern 071   * + WITH &ECONAID
  pattern 071   * + &ECONAID
  pattern 064   * &INTEL TO +
  pattern 064   * &INTEL FOR +
  pattern 064   * + WITH &INTEL
  pattern 064   * + &INTEL
  pattern 070   * &AID TO +
  pattern 070   * &AID FOR +
  pattern 070   * + WITH &AID
  pattern 070   * + &AID

verb SELL    # 062 arms sales (military cooperation); 061 other sales to a state
  lemma   sell
  form    sold
  pattern 062   * &MILAID TO +
  pattern 062   * + &MILAID
  pattern 061   * &IMPORTS TO +

verb LEND    # 071 Provide economic aid (loans, funds)
  lemma   lend; loan; fund; finance; bankroll; subsidize; subsidise; bail out; compensate
  form    lent; bailed out; bailing out
  code    071
  pattern 071   * &MONEY TO +
  pattern 071   * + &MONEY

verb ARM    # 072 Provide military aid
  lemma   arm; rearm; equip; train
  pattern 072   * + WITH

verb HELP    # 070 Provide aid (by complement 071–073); 033x when future (dev: "will help Syria" is intent)
  lemma   help; assist; support financially
  form    aided; aiding
  code    070
  pattern 0332  $ WILL * + &MILAID
  pattern 0332  $ WOULD * + &MILAID
  pattern 0331  $ WILL * + &RECONSTRUCTION
  pattern 0331  $ WILL * &RECONSTRUCTION +
  pattern 0331  $ WOULD * &RECONSTRUCTION +
  pattern 033   $ WILL * +
  pattern 033   $ WOULD * +
  pattern 072   * + &MILAID
  pattern 071   * &RECONSTRUCTION +
  pattern 071   * + &RECONSTRUCTION
  pattern 073   * + &HUMAID
  pattern 071   * + &ECONAID
