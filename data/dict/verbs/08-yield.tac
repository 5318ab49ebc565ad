# CAMEO root 08 — YIELD (080–087)
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

verb EASE    # 085 Ease economic sanctions; 081x administrative sanctions (0813 curfew, 0814 emergency rule, 0812 bans on parties); 0872 blockade; 050 lifting a suspension
  lemma   ease; lift; relax; loosen; remove; scrap; waive; roll back; unfreeze; drop; withdraw sanctions
  form    withdrew sanctions; withdrawn sanctions
  pattern 0354  $ WILL * &SANCTIONS ON +
  pattern 0354  $ WOULD * &SANCTIONS ON +
  pattern 085   * &SANCTIONS ON +
  pattern 085   * &SANCTIONS AGAINST +
  pattern 085   * + &SANCTIONS
  pattern 085   * &SANCTIONS IMPOSED ON +
  pattern 050   * SUSPENSION OF +
  pattern 050   * SUSPENSION
  pattern 0872  * BLOCKADE ON +
  pattern 0872  * BLOCKADE OF +
  pattern 0872  * SIEGE OF +
  pattern 0813  * CURFEW IN +
  pattern 0813  * CURFEW ON +
  pattern 0814  * STATE_OF_EMERGENCY IN +
  pattern 0814  * MARTIAL_LAW IN +
  pattern 0812  * BAN ON + PARTY
  pattern 0811  * RESTRICTIONS ON &RIGHTS
  pattern 081   * &ADMINSANCTIONS ON +
  pattern 081   * TRAVEL_BAN ON +
  pattern 087   * TENSIONS WITH +
  pattern 050   * &RELATIONS WITH +

verb RELEASE    # 0841 Return, release persons; 0842 property; 071 releasing funds
  lemma   release; free; set free; pardon; repatriate; let go
  form    set free; setting free; let go; letting go
  code    0841
  pattern ---   * &DOCS
  pattern 071   * &MONEY TO +
  pattern 071   * &MONEY FOR +
  pattern 0842  * &PROPERTY TO +
  pattern 0841  * &PRISONERS TO +

verb RETURN    # 0841/0842 Return persons or property; 046 return to talks; 050 return an ambassador
  lemma   return; give back; hand back
  form    gave back; given back; handed back
  pattern 0841  * &PRISONERS TO +
  pattern 0841  * + &PRISONERS
  pattern 0842  * &PROPERTY TO +
  pattern 0842  * &TERRITORY TO +
  pattern 046:046 * TO &TALKS WITH +
  pattern 046   % * TO &TALKS
  pattern 050   * &DIPLOMATS TO +

verb WITHDRAW    # 0874 Retreat militarily (troops withdrawn from a country); 161 withdrawn diplomats; 164 walking out of talks; 1661/1662 peacekeepers, observers; 160 leaving an agreement
  lemma   withdraw; pull out; pull back; pull troops; retreat; evacuate troops
  form    withdrew; withdrawn; withdrawing; pulled out; pulling out; pulled back; pulling back; pulled troops; evacuated troops
  pattern 161   * &DIPLOMATS FROM +
  pattern 161   * + &DIPLOMATS
  pattern 161   * RECOGNITION OF +
  pattern 1661  * &PEACEKEEPERS FROM +
  pattern 1662  * &INVOLVE FROM +
  pattern 162   * &AID FROM +
  pattern 162   * &AID TO +
  pattern 164   * FROM &TALKS WITH +
  pattern 164   % * FROM &TALKS
  pattern 160   * FROM &AGREEMENT WITH +
  pattern 160   * FROM + &AGREEMENT
  pattern 0874  * &TROOPS FROM +
  pattern 166   * &PERSONNEL FROM +
  pattern 0874  * FROM +

verb SURRENDER    # 0874 Retreat or surrender militarily
  lemma   surrender; capitulate; lay down arms; lay down weapons; give up arms
  form    laid down arms; laid down weapons; gave up arms
  code    0874
  pattern 0874  * TO +

verb DECLARE    # 0871 Declare truce, ceasefire; 1724 emergency rule; 1723 curfew; 161 persona non grata; 138 declare war
  lemma   declare
  pattern 0871  % * &CEASEFIRE
  pattern 0871  * &CEASEFIRE WITH +
  pattern 0871  * &CEASEFIRE IN +
  pattern 0871  * &CEASEFIRE
  pattern 138   * WAR ON +
  pattern 138   * WAR AGAINST +
  pattern 1724  * STATE_OF_EMERGENCY
  pattern 1724  * MARTIAL_LAW
  pattern 1723  * CURFEW
  pattern 161   * + PERSONA_NON_GRATA
  pattern 111   * + &NEGWORD
  pattern 051   * SUPPORT FOR +
  pattern 051   * SOLIDARITY WITH +

verb HALT    # 087 De-escalate (halt military operations); 164 halt talks; 162 halt aid; 165 halt mediation; 163 halt trade
  lemma   halt; stop; cease; put an end to; call a halt to; order a halt to
  form    put an end to; putting an end to; called a halt to; ordered a halt to; ordering a halt to
  pattern 0356  $ WILL * &ATTACKS +
  pattern 087   * &ATTACKS AGAINST +
  pattern 087   * &ATTACKS ON +
  pattern 087   * &ATTACKS IN +
  pattern 087   * FIGHTING IN +
  pattern 087   * FIGHTING WITH +
  pattern 087   * FIRE ON +
  pattern 164   * &TALKS WITH +
  pattern 164   % * &TALKS
  pattern 1621  * &ECONAID TO +
  pattern 1622  * &MILAID TO +
  pattern 1623  * &HUMAID TO +
  pattern 162   * &AID TO +
  pattern 162   * &AID FOR +
  pattern 165   * &MEDIATION
  pattern 163   * &IMPORTS TO +
  pattern 163   * &IMPORTS FROM +
  pattern 163   * &IMPORTS WITH +
  pattern 160   * &COOPERATE WITH +
  # stopping people from moving about is obstructing passage (144), not halting anything
  pattern 144   * + FROM_GOING
  pattern 144   * + FROM_REACHING
  pattern 144   * + FROM_ENTERING
  pattern 144   * + FROM_LEAVING
  pattern 144   * + FROM_CROSSING

verb CONCEDE    # 080 Yield; 083 accede to demands (0831 for a change of leader, 0832 of policy, 0834 of institutions)
  lemma   concede; yield; give in; back down; cave in; bow to; accede to; relent
  form    gave in; given in; backed down; caved in; bowed to; acceded to
  code    080
  pattern 0831  * &DEMANDS FOR &RESIGN
  pattern 0831  * &DEMANDS TO &RESIGN
  pattern 0832  * &DEMANDS FOR &POLICYCHANGE
  pattern 0832  * &DEMANDS TO &POLICYCHANGE
  pattern 0834  * &DEMANDS FOR &INSTITUTIONS
  pattern 083   * TO &DEMANDS
  pattern 083   * &DEMANDS OF +
  pattern 083   * + &DEMANDS
  pattern 080   * TO +

verb ALLOW    # 086 Allow international involvement (0861 peacekeepers, 0862 inspectors, 0863 aid); 085 authorizing exports of a sanctioned state
  lemma   allow; permit; authorize; authorise; let in; grant access
  form    let in; letting in; granted access
  pattern 0862  * + INSPECTORS
  pattern 0862  * INSPECTORS FROM +
  pattern 0862  * &INVOLVE
  pattern 0861  * &PEACEKEEPERS
  pattern 0863  * &HUMAID INTO +
  pattern 0863  * &HUMAID TO +
  pattern 0863  * &HUMAID
  pattern 085   * + TO EXPORT
  pattern 085   * + TO SELL
  pattern 085   * + TO TRADE
  pattern 085   * + TO_PRODUCE
  pattern 086   * + ACCESS

verb DEMOBILIZE    # 0873 Demobilize armed forces
  lemma   demobilize; demobilise; disarm; disband; decommission
  code    0873

verb DEESCALATE    # 087 De-escalate military engagement
  lemma   de-escalate; deescalate; scale back; wind down; ease tensions; defuse tensions; stand down
  form    scaled back; wound down; eased tensions; defused tensions; stood down
  code    087
  pattern 087   * WITH +
  pattern 087   % *
  pattern 087   * IN +
