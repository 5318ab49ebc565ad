# CAMEO root 17 — COERCE (170–175)
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

verb SEIZE    # 171 Seize or damage property (1711 confiscate); 192 seizing control of territory
  lemma   seize; confiscate; impound; expropriate; nationalize; nationalise; commandeer; requisition
  code    1711
  pattern ---   * &OPPORTUNITY
  pattern 192   * CONTROL OF +
  pattern 1711  * + &PROPERTY

verb DESTROY    # 1712 Destroy property
  lemma   destroy; demolish; raze; bulldoze; vandalize; vandalise; sabotage; set fire to
  form    set fire to; setting fire to
  code    1712
  pattern 194   $ &MISSILES * +

verb ARREST    # 173 Arrest, detain, or charge with legal action
  lemma   arrest; detain; jail; imprison; incarcerate; take into custody; round up; apprehend; nab; lock up; put behind bars; hold in custody; place under arrest; place under house arrest; intern
  form    took into custody; taken into custody; taking into custody; rounded up; locked up; put behind bars; held in custody; placed under arrest; placed under house arrest
  code    173

verb DEPORT    # 174 Expel or deport individuals
  lemma   deport; repatriate forcibly; forcibly return; banish; exile
  code    174
  pattern 174   * + TO

verb CRACK_DOWN    # 175 Use tactics of violent repression
  lemma   crack down; clamp down; suppress; repress; quell; put down; disperse; break up; stamp out
  form    cracked down; cracking down; clamped down; put down; broke up; broken up; breaking up; stamped out
  code    175
  pattern 175   * ON +
  pattern 175   * AGAINST +

verb FIRE    # 175 firing on protesters or tear gas; 194 firing missiles, rockets, shells; 190 firing on a target
  lemma   fire; open fire; shoot; gun down; shoot dead; shoot down
  form    fired; firing; opened fire; opening fire; shot; shooting; gunned down; shot dead; shot down; downed
  pattern 175   * &TEARGAS AT +
  pattern 175   * &TEARGAS ON +
  pattern 175   * &TEARGAS
  pattern 175   * ON &PROTESTERS
  pattern 175   * AT &PROTESTERS
  pattern 175   * INTO &PROTESTERS
  pattern 175   * &PROTESTERS
  pattern 194   * &MISSILES AT +
  pattern 194   * &MISSILES INTO +
  pattern 194   * &MISSILES ON +
  pattern 194   * &MISSILES TOWARD +
  pattern 194   * &MISSILES TOWARDS +
  pattern 190   * DOWN +
  pattern 190   * AT +
  pattern 190   * ON +

verb STORM    # 175 security forces storming a protest camp; 145 protesters storming an embassy; 190 otherwise
  lemma   storm; raid
  code    190
  pattern 175   * &PROTESTCAMP
  pattern 145   * + &EMBASSY

verb CURFEW    # 1723 Impose curfew; 1724 state of emergency, martial law
  lemma   impose a curfew; declare a curfew; impose martial law; declare martial law; impose a state of emergency; declare a state of emergency
  form    imposed a curfew; declared a curfew; imposed martial law; declared martial law; imposed a state of emergency; declared a state of emergency
  code    1723
  pattern 1724  * MARTIAL_LAW
  pattern 1723  * IN +
  pattern 1723  * ON +

verb CENSOR    # 1721 Impose restrictions on political freedoms
  lemma   censor; gag; muzzle; shut down the internet; restrict access to
  form    shut down the internet
  code    1721

verb COERCE    # 170 Coerce
  lemma   coerce; intimidate; harass; bully; blackmail; browbeat
  code    170

verb DAMAGE    # 171 Seize or damage property (damage to an embassy or other property of a state)
  lemma   damage; ransack
  pattern 171   * + &EMBASSY
  pattern 171   * &EMBASSY OF +
  pattern 171   * + &PROPERTY
  pattern 160   * &RELATIONS WITH +
