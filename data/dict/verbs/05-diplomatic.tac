# CAMEO root 05 — ENGAGE IN DIPLOMATIC COOPERATION (050–057)
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

verb ESTABLISH    # 050 Engage in diplomatic cooperation (establish relations, a partnership, an embassy)
  lemma   establish; set up; forge; build
  form    set up; setting up; sets up; built
  pattern 144   * &ROADBLOCKS
  pattern 050   % * &RELATIONS
  pattern 050:050 * &RELATIONS WITH +
  pattern 050   % * &PARTNERSHIP
  pattern 050:050 * &PARTNERSHIP WITH +
  pattern 050   * &EMBASSY IN +

verb UPGRADE    # 050 upgrade of ties (dev convention: upgrade to a named partnership is 050 both ways); 032 when future
  lemma   upgrade; elevate; lift ties; lift relations; take ties; take relations
  form    lifted ties; lifted relations; took ties; took relations; taken ties; taken relations
  pattern 032:032 $ + WOULD * &RELATIONS
  pattern 032:032 $ + WILL * &RELATIONS
  pattern 050:050 $ + * &RELATIONS TO &PARTNERSHIP
  pattern 032   % WOULD * &RELATIONS
  pattern 032   % WILL * &RELATIONS
  pattern 032:032 $ WOULD * &RELATIONS WITH +
  pattern 032:032 $ WILL * &RELATIONS WITH +
  pattern 050:050 * &RELATIONS WITH + TO
  pattern 050   % * &RELATIONS TO
  pattern 050:050 * &RELATIONS WITH +
  pattern 050   % * &RELATIONS
  pattern 050   % * &PARTNERSHIP
  pattern 050:050 * &PARTNERSHIP WITH +

verb NORMALIZE    # 050 Engage in diplomatic cooperation (normalize, restore, mend ties)
  lemma   normalize; normalise; restore; re-establish; reestablish; mend; repair; thaw; improve; rebuild
  form    rebuilt
  pattern 050   % * &RELATIONS
  pattern 050:050 * &RELATIONS WITH +
  pattern 050   * + &RELATIONS
  pattern 050   * &EMBASSY IN +

verb READMIT    # 050 readmission / reinstatement of a member (dev convention)
  lemma   readmit; re-admit; reinstate; welcome back; restore membership
  form    welcomed back
  code    050
  pattern 050   * + TO
  pattern 050   * + INTO

verb REVOKE    # 050 lifting a suspension (dev convention); 085 revoking sanctions
  lemma   revoke; rescind; overturn; repeal
  pattern 050   * SUSPENDING +
  pattern 050   * SUSPENSION OF +
  pattern 050   * + SUSPENSION
  pattern 085   * &SANCTIONS ON +
  pattern 085   * &SANCTIONS AGAINST +
  pattern 085   * + &SANCTIONS

verb PRAISE    # 051 Praise or endorse
  lemma   praise; commend; hail; laud; applaud; salute; compliment; pay tribute; extol; acclaim; celebrate; congratulate; thank; appreciate; value
  form    paid tribute; paying tribute
  code    051
  pattern 0311  * + AS OPPORTUNITY &UPGRADEV &ECONCOOP
  pattern 030   * + AS OPPORTUNITY &UPGRADEV &RELATIONS
  # "the two presidents praised the growth of bilateral ties": both ways
  pattern 051   % * &RELATIONS

verb WELCOME    # 051 Praise or endorse (welcome a decision, a move)
  lemma   welcome
  code    051

verb SUPPORT    # 051 Praise or endorse; 0331 support reconstruction; 072/071 material support
  lemma   support; endorse; back; champion; stand by; stand with; side with; throw support behind; voice support
  form    stood by; stood with; threw support behind; voiced support
  code    051
  pattern ---   * FOR
  pattern 0331  $ WILL * + &RECONSTRUCTION
  pattern 0331  $ WOULD * + &RECONSTRUCTION
  pattern 0331  * + &RECONSTRUCTION
  pattern 0331  * &RECONSTRUCTION OF +
  pattern 072   * + WITH &MILAID
  pattern 071   * + WITH &ECONAID

verb DEFEND    # 052 Defend verbally
  lemma   defend; vouch for; stick up for
  form    vouched for; stuck up for
  code    052
  pattern 052   * + AGAINST &ACCUSATION
  pattern 052   * + AGAINST &CRITICISM

verb RALLY_SUPPORT    # 053 Rally support on behalf of
  lemma   rally support; drum up support; mobilize support; mobilise support; garner support; build support; canvass support
  code    053
  pattern 053   * FOR +
  pattern 053   * BEHIND +

verb RECOGNIZE    # 054 Grant diplomatic recognition
  lemma   recognize; recognise; grant recognition; extend recognition
  form    granted recognition; extended recognition
  code    054
  pattern ---   * &NEEDWORD
  pattern 054   * + AS
  pattern 054   * + INDEPENDENCE

verb APOLOGIZE    # 055 Apologize
  lemma   apologize; apologise; say sorry; issue an apology; extend an apology
  form    said sorry; issued an apology; extended an apology
  code    055
  pattern 055   * TO +
  pattern 055   * FOR +

verb FORGIVE    # 056 Forgive
  lemma   forgive; absolve; forgave; let bygones be bygones
  form    forgave; forgiven
  code    056

verb SIGN    # 057 Sign formal agreement (both ways for a compound); 030 when only expected
  # Per the dev conventions a signed declaration is 057 and a deal "expected to be signed" is intent (03).
  lemma   sign; ink; seal; ratify; conclude; finalize; finalise; clinch; strike a deal; reach an agreement; reach a deal; hammer out
  form    struck a deal; striking a deal; reached an agreement; reached a deal; reaching an agreement; hammered out
  pattern 030   % WILL * &AGREEMENT
  pattern 030:030 $ WILL * &AGREEMENT WITH +
  pattern 057   &AGREEMENT BETWEEN % *
  pattern 057:057 * &AGREEMENT WITH +
  pattern 057   % * &AGREEMENT
  pattern 057   &AGREEMENT * BY %
  pattern 057   &AGREEMENT * BETWEEN %

verb JOIN    # 050 joining an organization or alliance; 046 joining talks; 190 joining a war against a state
  lemma   join; sign up to
  form    signed up to
  code    050
  pattern 046:046 * &TALKS WITH +
  pattern 190   * &CONFLICT AGAINST +
  pattern 141   * &DISSENT AGAINST +
  pattern 020   * CALLS FOR
  pattern 020   * CALL FOR

verb STRENGTHEN    # 050 strengthening ties (both ways); 061/062 economic, military ties; 032 when future; 190/154/163 stepping up attacks, troops, sanctions
  lemma   strengthen; deepen; boost; bolster; expand; enhance; cement; consolidate; step up; intensify; ramp up
  form    stepped up; stepping up; ramped up
  pattern 032:032 $ WILL * &RELATIONS WITH +
  pattern 032   % WILL * &RELATIONS
  pattern 061:061 * &ECONCOOP WITH +
  pattern 062:062 * &MILCOOP WITH +
  pattern 050:050 * &RELATIONS WITH +
  pattern 050   % * &RELATIONS
  pattern 190   * &ATTACKS ON +
  pattern 190   * &ATTACKS AGAINST +
  pattern 195   * &AIRSTRIKES ON +
  pattern 154   * &TROOPS NEAR +
  pattern 154   * &TROOPS BORDER WITH +
  pattern 163   * &SANCTIONS ON +
  pattern 163   * &SANCTIONS AGAINST +
  pattern 070   * &AID TO +

verb APPROVE    # 033x approving aid for a state (a decision to give); 163 approving sanctions; 050 approving membership
  lemma   approve; authorize new; green-light; greenlight
  pattern 163   * &SANCTIONS ON +
  pattern 163   * &SANCTIONS AGAINST +
  pattern 0332  * &MILAID FOR +
  pattern 0332  * &MILAID TO +
  pattern 0331  * &ECONAID FOR +
  pattern 0331  * &ECONAID TO +
  pattern 0333  * &HUMAID FOR +
  pattern 033   * &AID FOR +
  pattern 033   * &AID TO +
  pattern 050   * + MEMBERSHIP
  pattern 050   * MEMBERSHIP OF +
