actor A
  name a; b c
  code AAAGOV 20000101?-20101231
  code AAA
  kind person
