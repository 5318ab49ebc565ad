# CAMEO root 04 — CONSULT (040–046)
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

verb VISIT    # 042 Make a visit (036 when future)
  lemma   visit; tour; pay a visit; pay a state visit; pay an official visit; make a visit; make a trip
  form    paid a visit; paying a visit; pays a visit; paid a state visit; paid an official visit; made a visit; made a trip; making a trip
  code    042:043
  pattern 036   $ WILL * +
  pattern 036   $ WOULD * +
  pattern 042:043 * TO +

verb TRAVEL    # 042 Make a visit (travel to, arrive in); 036 travelling to meet; 150 flights near a target
  lemma   travel; fly; head; journey; arrive
  form    travelled; travelling; traveled; traveling; flew; flown; flying
  pattern 036:036 * TO_MEET +
  pattern 036   * FOR &TALKS WITH +
  pattern 036   $ WILL * TO +
  pattern 036   $ WOULD * TO +
  pattern 150   * &TROOPS NEAR +
  pattern 150   * NEAR +
  pattern 042:043 * TO +
  pattern 042:043 * IN +
  pattern 042:043 * INTO +

verb HOST    # 043 Host a visit; 045 hosting talks between others
  lemma   host; receive; play host to
  form    played host to; playing host to
  code    043:042
  pattern 045   * &TALKS BETWEEN +
  pattern 071   + * &ECONAID FROM $
  pattern 072   + * &MILAID FROM $
  pattern 073   + * &HUMAID FROM $
  pattern 070   + * &AID FROM $
  pattern 041   + * &PHONE FROM $
  pattern 043:042 * + FOR &TALKS
  pattern 043:042 * + IN

verb MEET    # 040 Consult (meet); 036 when future
  lemma   meet; meet with
  form    met; met with; meeting; meeting with; meets; meets with
  code    040:040
  pattern 044   % * ON_THE_SIDELINES
  pattern 044   * + ON_THE_SIDELINES
  pattern 036   $ WILL * +
  pattern 036   $ WOULD * +
  pattern 045   * SEPARATELY WITH +   # the mediator acts; the sides do not mediate back
  pattern 046:046 * + FOR &TALKS
  pattern 046:046 * + TO_DISCUSS
  pattern 046:046 * WITH + TO_DISCUSS
  pattern 040:040 * WITH +
  pattern 040   % *

verb SEE_PERSON    # 046 Engage in negotiation: "saw Medvedev to discuss a plan"; seeing alone codes nothing
  lemma   see
  form    saw; seen; seeing; sees
  pattern 046:046 * + TO_DISCUSS
  pattern 046:046 * + FOR &TALKS

verb SPEAK    # 040 Consult; 041 by telephone
  lemma   speak; confer; converse; chat; hold consultations
  form    spoke; spoken; speaking; held consultations; holding consultations
  pattern 041:041 * BY &PHONE WITH +
  pattern 041:041 * WITH + BY &PHONE
  pattern 041:041 * WITH + OVER_THE_PHONE
  pattern 041:041 * OVER_THE_PHONE WITH +
  pattern 041:041 * ON_THE_PHONE WITH +
  pattern 041   * BY &PHONE TO +
  pattern 041   * TO + BY &PHONE
  pattern 040:040 * WITH +
  pattern 040   * TO +

verb PHONE    # 041 Discuss by telephone
  lemma   phone; telephone; ring; dial; hold a phone call; hold phone talks; have a phone call; make a phone call
  form    rang; held a phone call; held phone talks; had a phone call; made a phone call; holding phone talks
  code    041
  pattern 041:041 * WITH +
  pattern 041   % *

verb CALL    # 041 telephone (X called Y); 111 when calling Y something negative; 051 positive; 1123 aggression
  lemma   call
  form    called; calling; calls
  code    041
  pattern 1123  * + &AGGRWORD
  pattern 111   * + &NEGWORD
  pattern 051   * + &POSWORD
  pattern ---   * + TO
  pattern ---   * IT

verb DISCUSS    # 046 Engage in negotiation (discussions with a counterpart count as negotiation)
  lemma   discuss; talk over
  form    talked over
  pattern 046:046 * WITH +
  pattern 046   % *

verb NEGOTIATE    # 046 Engage in negotiation
  lemma   negotiate; bargain; haggle; hold negotiations; conduct negotiations
  form    held negotiations; holding negotiations; conducted negotiations
  code    046:046
  pattern 036:036 $ WILL * WITH +
  pattern 046:046 * WITH +
  pattern 046   % *

verb HOLD    # 046 hold talks; 040 meetings; 045 separate talks with both sides; 062 joint exercises; 173/181 holding people; 112 holding responsible
  lemma   hold
  form    held; holding; holds
  pattern 045   * SEPARATE &TALKS WITH +   # one way: the mediator
  pattern 036:036 $ WILL * &TALKS WITH +
  pattern 036   % WILL * &TALKS
  pattern 046:046 * &TALKS WITH +
  pattern 046   % * &TALKS
  pattern 041:041 * &PHONE WITH +
  pattern 041   % * &PHONE
  pattern 062:062 * JOINT &EXERCISE WITH +
  pattern 062   % * JOINT &EXERCISE
  pattern 062:062 * &EXERCISE WITH +
  pattern 150   * &EXERCISE NEAR +
  pattern 150   * &EXERCISE AROUND +
  pattern 181   * + HOSTAGE
  pattern 181   * + CAPTIVE
  pattern 181   * + HOSTAGES
  pattern 173   * + IN_CUSTODY
  pattern 173   * + IN_DETENTION
  pattern 173   * + PRISONER
  pattern 112   * + RESPONSIBLE
  pattern 141   * &PROTESTCAMP AGAINST +

verb CONSULT    # 040 Consult
  lemma   consult; consult with; liaise with; confer with; exchange views
  form    consulted; consulted with; consulting; conferred with; exchanged views; exchanging views
  code    040:040
  pattern 040:040 * WITH +
  pattern 040   % *

verb CONTACT    # 040 Consult (contact a counterpart)
  lemma   contact; reach out to; get in touch with
  form    reached out to; got in touch with
  code    040:040

verb MEDIATE    # 045 Mediate (toward each party)
  lemma   mediate; broker; act as mediator; act as a mediator; facilitate
  form    acted as mediator; acted as a mediator
  code    045
  pattern 039   $ WILL * BETWEEN +
  pattern 045   * &AGREEMENT BETWEEN +
  pattern 045   * BETWEEN +
  pattern 045   * &TALKS WITH +

verb RESUME    # 046 resume talks; 050 restore ties; 070 resume aid; 190 resume attacks
  lemma   resume; restart; reopen; relaunch; revive
  pattern 036   % WOULD * &TALKS
  pattern 036   % WILL * &TALKS
  pattern 036:036 $ WOULD * &TALKS WITH +
  pattern 036:036 $ WILL * &TALKS WITH +
  pattern 046:046 * &TALKS WITH +
  pattern 046   % * &TALKS
  pattern 050:050 * &RELATIONS WITH +
  pattern 050   % * &RELATIONS
  pattern 050   * &EMBASSY IN +
  pattern 070   * &AID TO +
  pattern 190   * &ATTACKS ON +
  pattern 190   * &ATTACKS AGAINST +
  pattern 195   * &AIRSTRIKES ON +
  pattern 0811:0811 * &CHOKEPOINT WITH +

verb BEGIN    # 046 begin talks; 062 start joint exercises; 190 begin an offensive
  lemma   begin; start; commence; kick off; embark on; open talks; open negotiations
  form    began; begun; beginning; started; commenced; kicked off; embarked on; opened talks; opened negotiations
  pattern 046:046 * &TALKS WITH +
  pattern 046   % * &TALKS
  pattern 062   % * JOINT &EXERCISE
  pattern 062:062 * JOINT &EXERCISE WITH +
  pattern 190   * &ATTACKS ON +
  pattern 190   * &ATTACKS AGAINST +
  pattern 190   * &ATTACKS IN +
  pattern 195   * &AIRSTRIKES ON +
  pattern 195   * &AIRSTRIKES AGAINST +
  pattern 090   * &INFO INTO +
  pattern 050:050 * &RELATIONS WITH +
  pattern 050   * &EMBASSY IN +
