# Strings a child sees. Plain words a ten-year-old understands.
# Machine draft (Polish), awaiting review by a native speaker.

page-title = Bridgeline – porozmawiaj z kimś
# Used instead of page-title when the helpline turns on the neutral tab title, so
# that someone glancing at the browser's tabs does not see a helpline.
page-title-neutral = Notatki
page-loading = Ładowanie…
page-needs-javascript = Ta strona potrzebuje JavaScriptu, żeby działać. Jeśli jesteś teraz w niebezpieczeństwie, zadzwoń pod 112.

quick-exit-button = Szybkie wyjście
    .title = Wyjdź od razu z tej strony (klawisz Esc)

language-switcher-label = Język

intro-heading = Porozmawiaj z kimś, kto cię wysłucha
intro-body = Możesz pisać do nas w swoim języku. Nie musisz podawać swojego imienia. To, co piszesz, zostaje między tobą a osobą, która z tobą rozmawia.
intro-quick-exit-hint = Jeśli ktoś przyjdzie, naciśnij Esc albo „Szybkie wyjście”. Ta strona od razu się zamknie.
intro-start-button = Zacznij rozmowę

# Optional questions before the chat. Every one can be left out.
intake-heading = Zanim zaczniemy
intake-body = Te pytania pomogą nam znaleźć dla ciebie odpowiednią osobę. Możesz je pominąć.
intake-skip-button = Pomiń i zacznij rozmowę
intake-continue-button = Zacznij rozmowę
intake-topic-question = O czym chcesz porozmawiać? Możesz wybrać więcej niż jedno.
intake-age-question = Ile masz lat?
intake-languages-question = Czy umiesz czytać też w innych językach?
intake-country-question = W jakim kraju jesteś teraz?
intake-country-none = Nie chcę mówić

topic-family = Rodzina
topic-friends = Przyjaciele
topic-bullying = Dokuczanie i nękanie
topic-violence = Ktoś robi mi krzywdę
topic-feelings = Uczucia i zmartwienia
topic-body = Ciało i zdrowie
topic-school = Szkoła lub praca
topic-love = Miłość i seks
topic-online = Coś w internecie
topic-migration = Dokumenty, azyl, życie w nowym kraju
topic-missing = Zaginięcie albo ucieczka z domu
topic-other = Coś innego

age-under-10 = Mniej niż 10
age-10-12 = Od 10 do 12
age-13-15 = Od 13 do 15
age-16-17 = 16 albo 17
age-18-plus = 18 albo więcej

danger-heading = Jesteś teraz w niebezpieczeństwie?
danger-body = Zadzwoń pod 112. To nic nie kosztuje, a tam pomogą ci od razu.
danger-call-button = Zadzwoń pod 112

queue-heading = Czekasz na kogoś z naszego zespołu
queue-position-announcement = { $position ->
    [1] Twoja kolej jest następna.
   *[other] Twoje miejsce w kolejce: { $position }
}
queue-estimate-minutes = { $minutes ->
    [one] Czas czekania: około { $minutes } minuty
    [few] Czas czekania: około { $minutes } minut
    [many] Czas czekania: około { $minutes } minut
   *[other] Czas czekania: około { $minutes } minuty
}
queue-estimate-soon = Czas czekania: mniej niż minuta
queue-estimate-unknown = Jeszcze nie wiemy, jak długo to potrwa.
queue-waiting-body = Poczekaj tutaj. Możesz już napisać, o czym chcesz porozmawiać.

# Shown at once when nobody who speaks the child's language is working now.
no-counsellor-heading = Teraz nie ma tu nikogo, kto mówi w twoim języku.
no-counsellor-next = Ktoś znowu tu będzie: { $time }.
no-counsellor-stay = Możesz zostać w kolejce. Odpowiemy, jak tylko ktoś przyjdzie.
no-counsellor-other-languages = Teraz są tu osoby, które mówią w tych językach:
no-counsellor-switch-button = Rozmowa w języku: { $language }
no-counsellor-phone = Możesz też zadzwonić za darmo na telefon zaufania dla dzieci:

chat-counsellor-label = Osoba z zespołu
chat-you-label = Ty
chat-message-input-label = Twoja wiadomość
chat-message-input-placeholder = Pisz tutaj…
chat-send-button = Wyślij
chat-end-button = Zakończ rozmowę
chat-earlier-button = Pokaż wcześniejsze wiadomości
chat-status-sending = Wysyłanie…
chat-status-delivered = Dostarczono
chat-status-read = Przeczytano
chat-counsellor-typing = { $name } pisze…

notice-counsellor-joined = { $name } jest tu, żeby z tobą porozmawiać.
notice-ended-by-child = Rozmowa została przez ciebie zakończona.
notice-ended-by-counsellor = Osoba z zespołu zakończyła rozmowę.
notice-left-queue = Przez jakiś czas cię nie było, więc nie jesteś już w kolejce. Możesz zacząć nową rozmowę.
notice-language-changed = Teraz czekasz na kogoś, kto mówi w języku: { $language }.
notice-counsellor-left = Osoba, która ci pomagała, musiała odejść. Znowu czekasz w kolejce, ale przed nowymi rozmowami.
notice-transferred = Osoba, która ci pomaga, przekazuje twoją rozmowę komuś innemu, kto też może ci pomóc. Ta osoba może przeczytać twoje wiadomości. Zostań tutaj, proszę.

# A card the counsellor sends: a service the child can call or visit.
referral-heading = Miejsce, które może ci pomóc
referral-call = Zadzwoń pod { $phone }
referral-website = Otwórz ich stronę internetową
referral-always-open = Otwarte w dzień i w nocy
referral-hours = Otwarte: { $hours }

ended-heading = Rozmowa się skończyła
ended-body = Dziękujemy, że do nas piszesz. Możesz wrócić, kiedy tylko chcesz.
ended-new-chat-button = Zacznij nową rozmowę

rating-question = Czy ta rozmowa ci pomogła?
rating-helped = Tak
rating-somewhat = Trochę
rating-not-helped = Nie
rating-thanks = Dziękujemy za odpowiedź.

connection-reconnecting = Brak połączenia. Próbujemy jeszcze raz…
connection-elsewhere = Ta rozmowa jest teraz otwarta w innym oknie lub karcie.

error-too-long = Twoja wiadomość jest za długa. Napisz ją krócej.
error-unknown-language = Jeszcze nie możemy rozmawiać w tym języku. Wybierz inny.
error-generic = Coś poszło nie tak. Spróbuj jeszcze raz.

## Hostile input

error-control-character = Twoja wiadomość zawiera ukryty znak, którego nie można wysłać. Usuń go i spróbuj jeszcze raz.
## Paused (blocked) page
paused-heading = Czat jest na razie wstrzymany
paused-body = Znowu możesz do nas napisać: { $time }.

## The page before the app
# Under the quick-exit hint on the welcome: how to leave no history at all.
intro-private-hint = Szybkie wyjście zamyka tę stronę, ale historia przeglądarki może nadal pokazywać, że tu byłeś/byłaś. Żeby nie zostawić śladu, otwórz tę stronę w oknie prywatnym (incognito).
