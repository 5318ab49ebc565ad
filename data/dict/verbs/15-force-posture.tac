# CAMEO root 15 — EXHIBIT FORCE POSTURE (150–154)
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

verb MOBILIZE    # 154 Mobilize or increase armed forces; 153 police
  lemma   mobilize; mobilise; mass; amass; build up; call up; muster; concentrate; reinforce
  form    built up; building up; called up
  code    154
  pattern 153   * POLICE
  pattern 154   * &TROOPS BORDER WITH +
  pattern 154   * &TROOPS FRONTIER WITH +
  pattern 154   * &TROOPS ON_THE_BORDER WITH +
  pattern 154   * &TROOPS NEAR +
  pattern 154   * &TROOPS ALONG +
  pattern 154   * &TROOPS ON +
  pattern 154   * &TROOPS AT +
  pattern 154   * &TROOPS AGAINST +
  pattern 154   * AGAINST +

verb DEPLOY    # 154 troops deployed against or near a target; 074 peacekeepers; 153 police
  lemma   deploy; station; position; redeploy; move troops
  form    moved troops
  pattern 074   * &PEACEKEEPERS TO +
  pattern 074   * &PEACEKEEPERS IN +
  pattern 153   * POLICE IN +
  pattern 154   * &TROOPS BORDER WITH +
  pattern 154   * &TROOPS FRONTIER WITH +
  pattern 154   * &TROOPS BORDERS WITH +
  pattern 154   * &TROOPS NEAR +
  pattern 154   * &TROOPS ALONG +
  pattern 154   * &TROOPS AGAINST +
  pattern 154   * &MISSILES IN +
  pattern 154   * &TROOPS TO +
  pattern 154   * &TROOPS IN +

verb ALERT    # 152 Increase military alert status; 151 police
  lemma   put on alert; put on high alert; raise the alert; place on alert; place on high alert; heighten alert; go on alert; be on high alert
  form    placed on alert; placed on high alert; raised the alert; heightened alert; went on alert; is on high alert; are on high alert
  code    152
  pattern 151   * POLICE
  pattern 152   * AGAINST +
  pattern 152   * OVER +

verb PATROL    # 150 Demonstrate military power (patrols, flights, test launches near a target)
  lemma   patrol; fly over; overfly; buzz; intercept; shadow; test-fire; test fire; fire a warning shot
  form    flew over; test-fired; fired a warning shot
  code    150
  pattern 150   * NEAR +
  pattern 150   * OFF +
  pattern 150   * TOWARD +
  pattern 150   * TOWARDS +

verb PUT    # pattern-only: put troops on alert (152), sanctions on (163), under arrest (173), an end to fighting (087)
  lemma   put; place
  form    put; putting; puts; placed
  pattern 152   * &TROOPS ON_HIGH_ALERT +
  pattern 152   * &TROOPS ON_ALERT +
  pattern 152   * &TROOPS ON_ALERT
  pattern 152   * &TROOPS ON_HIGH_ALERT
  pattern 151   * POLICE ON_ALERT
  pattern 163   * &SANCTIONS ON +
  pattern 173   * + UNDER_ARREST
  pattern 173   * + ON_TRIAL
  pattern 173   * + UNDER_HOUSE_ARREST
  pattern 087   * END TO &CONFLICT WITH +
