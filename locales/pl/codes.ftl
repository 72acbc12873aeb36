## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = Chcesz wrócić później? Dzięki kodowi powrotu przeczytasz tę rozmowę jeszcze raz.
codes-take-button = Weź kod powrotu
codes-your-code = Twój kod powrotu
codes-write-down = Zapisz go albo zapamiętaj. Nigdzie go nie zapisujemy i nie możemy pokazać ci go jeszcze raz.
codes-secret = Zachowaj go w tajemnicy: każdy, kto go ma, może czytać twoje rozmowy.
codes-what-for = Dzięki niemu możesz wrócić: do tej samej osoby, jeśli tu jest, przeczytać swoje rozmowy jeszcze raz albo wszystko usunąć.
codes-done-button = Mam go. Ukryj kod

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Możesz zamiast tego zostawić wiadomość
codes-leave-body = Napisz poniżej, co chcesz nam powiedzieć, i wyślij. Potem naciśnij „Zostaw moją wiadomość”. Ktoś odpowie ci później.
codes-leave-button = Zostaw moją wiadomość
codes-left-heading = Twoja wiadomość została zostawiona
codes-left-body = Ktoś z naszego zespołu ją przeczyta i odpowie.
codes-left-come-back = Wróć ze swoim kodem powrotu, żeby przeczytać odpowiedź.
codes-left-add = Możesz jeszcze coś dopisać poniżej.

# Coming back with a code, on the first screen.
codes-have-code-button = Mam kod powrotu
codes-back-heading = Dobrze, że wracasz
codes-back-body = Wpisz kod powrotu, który dostałeś lub dostałaś. Ma 12 cyfr.
codes-code-label = Kod powrotu
codes-open-button = Otwórz moje rozmowy
codes-back-button = Wstecz
codes-case-heading = Twoje wcześniejsze rozmowy
codes-case-body = Dotknij rozmowy, żeby przeczytać ją jeszcze raz.
codes-case-empty = Nie ma rozmów do pokazania.
codes-chat-with = osoba: { $name }
codes-chat-unanswered = jeszcze bez odpowiedzi
codes-chat-left-message = wiadomość, którą zostawiłeś lub zostawiłaś
codes-chat-not-kept = już nie jest przechowywana
codes-chat-now-button = Rozmawiaj teraz
codes-read-heading = Wcześniejsza rozmowa
codes-back-to-list-button = Wróć do moich rozmów
codes-erase-button = Usuń wszystko
codes-erase-heading = Usunąć wszystko?
codes-erase-body = Wszystkie twoje rozmowy z nami zostaną usunięte, a twój kod powrotu przestanie działać. Nikt nie będzie mógł ich odzyskać.
codes-erase-yes-button = Tak, usuń wszystko
codes-erase-no-button = Nie, zachowaj moje rozmowy
codes-erased-heading = Wszystko zostało usunięte
codes-erased-body = Twoje rozmowy są usunięte, a twój kod powrotu już nie działa.
codes-erased-button = Wróć na początek

codes-error-wrong = Ten kod nie działa. Sprawdź cyfry i spróbuj jeszcze raz.
codes-error-too-many = Za dużo złych kodów. Możesz spróbować znowu: { $time }
codes-error-chat-live = Jakaś rozmowa jeszcze trwa. Najpierw ją zakończ, potem możesz wszystko usunąć.
