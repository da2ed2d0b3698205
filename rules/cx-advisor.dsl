#/ debug: off
# CX Advisor's rule language: sentences a CX consultant can write in a .dslr file, in English or Dutch.
# Each [when] line is one condition (all must hold); each [then] line is one action.
# {n} is a whole number, {VALUE} a value in capitals as in the profile (e.g. LOWEST_PRICE, CORE).
# See docs/authoring.md for the full list with examples. Keep the English and Dutch lists in step.

# ---- The company ----
[when]the company competes on lowest price=CompanyProfile( pricePositioning == PricePositioning.LOWEST_PRICE )
[when]het bedrijf concurreert op laagste prijs=CompanyProfile( pricePositioning == PricePositioning.LOWEST_PRICE )
[when]the price positioning is {p:[A-Z_]+}=CompanyProfile( pricePositioning == PricePositioning.{p} )
[when]de prijspositionering is {p:[A-Z_]+}=CompanyProfile( pricePositioning == PricePositioning.{p} )
[when]the market is {m:[A-Z0-9_]+}=CompanyProfile( market == Market.{m} )
[when]de markt is {m:[A-Z0-9_]+}=CompanyProfile( market == Market.{m} )
[when]the sector is {s:[A-Z_]+}=CompanyProfile( sector == Sector.{s} )
[when]de sector is {s:[A-Z_]+}=CompanyProfile( sector == Sector.{s} )
[when]the offering is {o:[A-Z_]+}=CompanyProfile( offering == Offering.{o} )
[when]het aanbod is {o:[A-Z_]+}=CompanyProfile( offering == Offering.{o} )

# ---- Scores 1..5 ----
[when]process value is at most {n:\d+}=CompanyProfile( processValue <= {n} )
[when]de proceswaarde is hoogstens {n:\d+}=CompanyProfile( processValue <= {n} )
[when]process value is at least {n:\d+}=CompanyProfile( processValue >= {n} )
[when]de proceswaarde is minstens {n:\d+}=CompanyProfile( processValue >= {n} )
[when]entertainment value is at most {n:\d+}=CompanyProfile( entertainmentValue <= {n} )
[when]de entertainmentwaarde is hoogstens {n:\d+}=CompanyProfile( entertainmentValue <= {n} )
[when]entertainment value is at least {n:\d+}=CompanyProfile( entertainmentValue >= {n} )
[when]de entertainmentwaarde is minstens {n:\d+}=CompanyProfile( entertainmentValue >= {n} )
[when]employee engagement is at most {n:\d+}=CompanyProfile( employeeEngagement != null, employeeEngagement <= {n} )
[when]de betrokkenheid van medewerkers is hoogstens {n:\d+}=CompanyProfile( employeeEngagement != null, employeeEngagement <= {n} )
[when]employee engagement is at least {n:\d+}=CompanyProfile( employeeEngagement != null, employeeEngagement >= {n} )
[when]de betrokkenheid van medewerkers is minstens {n:\d+}=CompanyProfile( employeeEngagement != null, employeeEngagement >= {n} )
[when]social media presence is at most {n:\d+}=CompanyProfile( socialMediaPresence != null, socialMediaPresence <= {n} )
[when]de aanwezigheid op sociale media is hoogstens {n:\d+}=CompanyProfile( socialMediaPresence != null, socialMediaPresence <= {n} )
[when]the complaint rate is at least {n:\d+} percent=CompanyProfile( complaintRatePercent != null, complaintRatePercent >= {n} )
[when]het klachtpercentage is minstens {n:\d+} procent=CompanyProfile( complaintRatePercent != null, complaintRatePercent >= {n} )

# ---- Choices ----
[when]corporate social responsibility is {level:[A-Z_]+}=CompanyProfile( csrCommitment == CsrCommitment.{level} )
[when]maatschappelijk verantwoord ondernemen is {level:[A-Z_]+}=CompanyProfile( csrCommitment == CsrCommitment.{level} )
[when]service recovery is {r:[A-Z_]+}=CompanyProfile( serviceRecovery == ServiceRecovery.{r} )
[when]klachtafhandeling is {r:[A-Z_]+}=CompanyProfile( serviceRecovery == ServiceRecovery.{r} )
[when]experimentation is {e:[A-Z_]+}=CompanyProfile( experimentation == Experimentation.{e} )
[when]experimenteren is {e:[A-Z_]+}=CompanyProfile( experimentation == Experimentation.{e} )

# ---- Yes/no answers ----
[when]the company does not tell brand stories=CompanyProfile( brandStorytelling == false )
[when]het bedrijf vertelt geen merkverhalen=CompanyProfile( brandStorytelling == false )
[when]the company tells brand stories=CompanyProfile( brandStorytelling == true )
[when]het bedrijf vertelt merkverhalen=CompanyProfile( brandStorytelling == true )
[when]the company makes no personal gestures=CompanyProfile( personalGestures == false )
[when]het bedrijf maakt geen persoonlijke gebaren=CompanyProfile( personalGestures == false )
[when]the answer to {field:[a-zA-Z]+} is yes=CompanyProfile( {field} == true )
[when]the answer to {field:[a-zA-Z]+} is no=CompanyProfile( {field} == false )
[when]het antwoord op {field:[a-zA-Z]+} is ja=CompanyProfile( {field} == true )
[when]het antwoord op {field:[a-zA-Z]+} is nee=CompanyProfile( {field} == false )
[when]{field:[a-zA-Z]+} is unknown=CompanyProfile( {field} == null )
[when]{field:[a-zA-Z]+} is onbekend=CompanyProfile( {field} == null )

# ---- Conclusions of the classification rules ----
# The value is a name of the conclusion's list (see docs/authoring.md); a misspelt one is an error at its line.
[when]the experience quadrant is {q:[A-Z_]+}=Conclusion( concluded == ExperienceQuadrant.{q} )
[when]het belevingskwadrant is {q:[A-Z_]+}=Conclusion( concluded == ExperienceQuadrant.{q} )
[when]the value focus is {f:[A-Z_]+}=Conclusion( concluded == ValueFocus.{f} )
[when]de waardefocus is {f:[A-Z_]+}=Conclusion( concluded == ValueFocus.{f} )
[when]the strategy track is {t:[A-Z_]+}=Conclusion( concluded == StrategyTrack.{t} )
[when]het strategiespoor is {t:[A-Z_]+}=Conclusion( concluded == StrategyTrack.{t} )
[when]the relationship gap is at least {n:\d+}=Conclusion( relationshipGap() != null, relationshipGap() >= {n} )
[when]de relatiekloof is minstens {n:\d+}=Conclusion( relationshipGap() != null, relationshipGap() >= {n} )
[when]the experience tactics are {x:[A-Z_]+}=Conclusion( concluded == ExperienceTactics.{x} )
[when]de belevingstactieken zijn {x:[A-Z_]+}=Conclusion( concluded == ExperienceTactics.{x} )
[when]the experience tactics are not tempered=not Conclusion( concluded == ExperienceTactics.TEMPERED )
[when]de belevingstactieken zijn niet getemperd=not Conclusion( concluded == ExperienceTactics.TEMPERED )
[when]the sector fit is {s:[A-Z_]+}=Conclusion( concluded == SectorFit.{s} )
[when]de sectorfit is {s:[A-Z_]+}=Conclusion( concluded == SectorFit.{s} )
[when]the sector fit is not {s:[A-Z_]+}=not Conclusion( concluded == SectorFit.{s} )
[when]de sectorfit is niet {s:[A-Z_]+}=not Conclusion( concluded == SectorFit.{s} )

# ---- Actions ----
[then]advise with high priority=insertLogical(Advice.of(kcontext, Priority.HIGH));
[then]advise with medium priority=insertLogical(Advice.of(kcontext, Priority.MEDIUM));
[then]advise with low priority=insertLogical(Advice.of(kcontext, Priority.LOW));
[then]advise with {priority:[A-Z]+} priority=insertLogical(Advice.of(kcontext, Priority.{priority}));
[then]adviseer met hoge prioriteit=insertLogical(Advice.of(kcontext, Priority.HIGH));
[then]adviseer met gemiddelde prioriteit=insertLogical(Advice.of(kcontext, Priority.MEDIUM));
[then]adviseer met lage prioriteit=insertLogical(Advice.of(kcontext, Priority.LOW));
[then]adviseer met prioriteit {priority:[A-Z]+}=insertLogical(Advice.of(kcontext, Priority.{priority}));
[then]note the strength=insertLogical(Strength.of(kcontext));
[then]noteer het sterke punt=insertLogical(Strength.of(kcontext));
[then]conclude that the experience quadrant is {q:[A-Z_]+}=insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.{q}));
[then]concludeer dat het belevingskwadrant {q:[A-Z_]+} is=insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.{q}));
[then]conclude that the experience tactics are {x:[A-Z_]+}=insertLogical(Conclusion.of(kcontext, ExperienceTactics.{x}));
[then]concludeer dat de belevingstactieken {x:[A-Z_]+} zijn=insertLogical(Conclusion.of(kcontext, ExperienceTactics.{x}));
[then]conclude that the sector fit is {s:[A-Z_]+}=insertLogical(Conclusion.of(kcontext, SectorFit.{s}));
[then]concludeer dat de sectorfit {s:[A-Z_]+} is=insertLogical(Conclusion.of(kcontext, SectorFit.{s}));
