@version test-1
@source written for the test
# comment
actor BASHAR_AL_ASSAD
  name   Bashar al-Assad; Bashar Assad; al-Assad; Assad; President Assad
  code   SYRGOV 20000717-20241208
  code   SYRELI 20241209-
  code   SYRELI
  kind   person
  note   President of Syria from 17 July 2000; fled to Moscow on 8 December 2024.

agent FOREIGN_MINISTER
  name   foreign minister; foreign affairs minister; top diplomat; minister of defence; gunman; police
  code   ~GOV

verb VISIT                       # CAMEO 042 Make a visit / 043 Host a visit
  lemma   visit; pay a visit; ban; try; agree; admit; lie; make; stop; quit; offer; kidnap
  form    visits; visited; visiting
  code    042
  pattern 042  $ * +
  pattern 043  + * BY $
  pattern 042  $ * TO +

synset CURRENCY
  word  dollar; dollars; euro; euros; yuan; $

discard SPORTS
  word   football; world cup; grand slam      # the sentence is not coded
  story  horoscope
