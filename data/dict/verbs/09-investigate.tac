# CAMEO root 09 — INVESTIGATE (090–094)
#
# Verb records for tacitus (docs/dictionaries.md). Written by the tacitus project from the
# CAMEO 1.1b3 category definitions; codes and labels are GDELT's CAMEO.eventcodes.txt.
# Each block names the CAMEO categories it implements. Pattern slots: $ source, + target,
# % compound (reciprocal), * the verb, &SET a synset (00-synsets.tac), A_B adjacent words.
# Blocks may emit codes of other roots (a verb is filed under its main sense).

verb INVESTIGATE    # 090 Investigate (091 crime, corruption; 092 human rights abuses; 093 military action; 094 war crimes)
  lemma   investigate; probe; look into; examine; inquire into; open an investigation into; launch an investigation into; open a probe into; launch a probe into
  form    looked into; looking into; opened an investigation into; launched an investigation into; opened a probe into; launched a probe into
  code    090
  pattern 094   * &WARCRIMES
  pattern 092   * &HRABUSE
  pattern 093   * &ATTACKS
  pattern 093   * &AIRSTRIKES
  pattern 091   * &CRIMEWORD
  pattern 091   * &SPYING

verb QUESTION    # 091 Investigate crime (questioning, interrogation by authorities)
  lemma   question; interrogate; quiz; grill
  code    091
  pattern 111   * &DOUBTWORD OF +
  pattern 111   * + &DOUBTWORD
  pattern ---   * &NEEDWORD
