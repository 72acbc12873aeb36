## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Wil je later terugkomen? Met een terugkeercode kun je dit gesprek opnieuw lezen.
codes-take-button = Terugkeercode krijgen
codes-your-code = Jouw terugkeercode
codes-write-down = Schrijf hem op of onthoud hem. We bewaren hem nergens en kunnen hem je niet nog eens laten zien.
codes-secret = Houd hem geheim: wie hem heeft, kan je gesprekken lezen.
codes-what-for = Hiermee kun je terugkomen: bij dezelfde hulpverlener als die er is, om je gesprekken opnieuw te lezen, of om alles te wissen.
codes-done-button = Ik heb hem. Code verbergen

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Je kunt ook een bericht achterlaten
codes-leave-body = Schrijf hieronder wat je ons wilt vertellen en stuur het. Druk dan op ‘Mijn bericht achterlaten’. Iemand antwoordt je later.
codes-leave-button = Mijn bericht achterlaten
codes-left-heading = Je bericht is achtergelaten
codes-left-body = Iemand van ons leest het en antwoordt je.
codes-left-come-back = Kom terug met je terugkeercode om het antwoord te lezen.
codes-left-add = Je kunt hieronder nog meer schrijven.

# Coming back with a code, on the first screen.
codes-have-code-button = Ik heb een terugkeercode
codes-back-heading = Fijn dat je terug bent
codes-back-body = Typ de terugkeercode die je kreeg. Hij heeft 12 cijfers.
codes-code-label = Terugkeercode
codes-open-button = Mijn gesprekken openen
codes-back-button = Terug
codes-case-heading = Je eerdere gesprekken
codes-case-body = Tik op een gesprek om het opnieuw te lezen.
codes-case-empty = Er zijn geen gesprekken om te laten zien.
codes-chat-with = met { $name }
codes-chat-unanswered = nog niet beantwoord
codes-chat-left-message = een bericht dat je achterliet
codes-chat-not-kept = niet meer bewaard
codes-chat-now-button = Nu chatten
codes-read-heading = Een eerder gesprek
codes-back-to-list-button = Terug naar mijn gesprekken
codes-erase-button = Alles wissen
codes-erase-heading = Alles wissen?
codes-erase-body = Al je gesprekken met ons worden gewist en je terugkeercode werkt niet meer. Niemand kan ze terughalen.
codes-erase-yes-button = Ja, alles wissen
codes-erase-no-button = Nee, mijn gesprekken houden
codes-erased-heading = Alles is gewist
codes-erased-body = Je gesprekken zijn gewist en je terugkeercode werkt niet meer.
codes-erased-button = Terug naar het begin

codes-error-wrong = Deze code werkt niet. Kijk de cijfers na en probeer het opnieuw.
codes-error-too-many = Te veel verkeerde codes. Je kunt het opnieuw proberen: { $time }
codes-error-chat-live = Er loopt nog een gesprek. Beëindig dat eerst, dan kun je alles wissen.
