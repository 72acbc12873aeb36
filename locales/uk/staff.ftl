# Strings of the counsellor console.
# Machine draft (Ukrainian), awaiting review by a native speaker.

staff-page-title = Bridgeline – консультант
staff-login-heading = Вхід
staff-login-username = Ім’я користувача
staff-login-password = Пароль
staff-login-button = Увійти
staff-login-failed = Неправильне ім’я користувача або пароль.
staff-logout-button = Вийти

staff-status-label = Статус
staff-status-available = Доступний
staff-status-busy = Зайнятий
staff-status-away = Відсутній

staff-offers-heading = Діти, які чекають на вас
staff-offer-summary = Мова: { $language } · чекає { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунди
    [many] { $seconds } секунд
   *[other] { $seconds } секунди
}
staff-offer-accept = Прийняти
staff-offer-decline = Відхилити
staff-no-offers = Зараз на вас не чекає жодна дитина.

staff-chats-heading = Ваші розмови
staff-no-chats = Немає відкритих розмов.
staff-chat-language = Мова: { $language }
staff-chat-child-label = Дитина
staff-chat-you-label = Ви
staff-chat-ended = Цю розмову завершено.
staff-chat-close = Закрити
staff-chat-earlier = Показати попередні повідомлення
staff-chat-log-label = Повідомлення
staff-connection-lost = Зв’язок втрачено. Перепідключення…

# System notices as the counsellor reads them.
staff-notice-counsellor-joined = { $name } приєднується до розмови.
staff-notice-ended-by-child = Дитина завершила розмову.
staff-notice-ended-by-counsellor = Ви завершили розмову.
staff-notice-left-queue = Дитина надто довго була не на зв’язку й вийшла з черги.
staff-notice-language-changed = Дитина перейшла до іншої черги (мова: { $language }).
staff-page-loading = Завантаження…
staff-message-input-label = Ваше повідомлення
staff-send-button = Надіслати
staff-end-button = Завершити чат
staff-chat-child-typing = Дитина пише…
staff-presence-child-connected = Дитина на зв’язку.
staff-presence-child-connection_lost = Зв’язок із дитиною втрачено. Її місце зберігається кілька хвилин: вона може повернутися.
staff-presence-child-left = Дитина залишила сторінку чату (швидкий вихід або сторінку закрито). Якщо вона скоро повернеться, ви побачите це тут.
staff-chat-status-read = Прочитано
staff-line-canned = Готова відповідь
staff-line-referral = Перенаправлення надіслано
staff-notice-counsellor-left = Ви були від’єднані надто довго; дитина повернулася до черги.
staff-offer-topics = Теми: { $topics }
staff-offer-age = Вік: { $age }
staff-offer-country = Країна: { $country }
staff-offer-sound = Звук для нових пропозицій
staff-alert-sound = Звук для нових сповіщень
staff-shortcuts-help = Alt+1…9: перейти до чату · Alt+↑/↓: попередній або наступний чат · Alt+A: прийняти першу пропозицію
staff-topic-family = сім’я
staff-topic-friends = друзі
staff-topic-bullying = булінг
staff-topic-violence = насильство
staff-topic-feelings = почуття, психічне здоров’я
staff-topic-body = тіло і здоров’я
staff-topic-school = школа або робота
staff-topic-love = кохання і сексуальність
staff-topic-online = онлайн
staff-topic-migration = міграція, притулок
staff-topic-missing = зникнення, втеча
staff-topic-other = інше
staff-age-under-10 = до 10 років
staff-age-10-12 = 10–12 років
staff-age-13-15 = 13–15 років
staff-age-16-17 = 16–17 років
staff-age-18-plus = 18 років і старше
staff-notice-transferred = Розмову передано іншому консультантові.
staff-role-counsellor = Консультант
staff-role-coordinator = Координатор
staff-role-admin = Адміністратор

# Risk level of a conversation.
staff-risk-label = Ризик
staff-risk-none = немає
staff-risk-low = низький
staff-risk-medium = середній
staff-risk-high = високий
staff-risk-imminent = безпосередня небезпека
staff-risk-imminent-confirm = Безпосередня небезпека: усі чергові координатори зараз отримують сповіщення.
staff-risk-confirm = Сповістити координаторів
staff-risk-cancel = Скасувати

# Alerts for coordinators.
staff-alerts-heading = Сповіщення про безпосередню небезпеку
staff-alert-summary = { $counsellor } · мова: { $language } · з { $time }
staff-alert-acknowledge = Беру на себе
staff-alert-acknowledged = { $name } займається цим

# Private notes.
staff-notes-heading = Службові нотатки
staff-notes-private = Ці нотатки бачать лише працівники, дитина — ніколи.
staff-note-input-label = Нова нотатка
staff-note-add = Додати нотатку
staff-note-transfer = Нотатка щодо передачі від { $name }
staff-no-notes = Нотаток поки немає.

# Transfer.
staff-transfer-heading = Передача
staff-transfer-to-counsellor = Консультантові (ім’я користувача)
staff-transfer-to-language = До черги іншої мови
staff-transfer-to-coordinator = Координаторові
staff-transfer-note-label = Нотатка для того, хто прийме розмову
staff-transfer-button = Передати
staff-transfer-done = Розмову передано.

# Canned responses.
staff-canned-heading = Готові відповіді
staff-canned-search = Пошук готових відповідей
staff-canned-send = Надіслати
staff-canned-missing = Ще немає мовою дитини
staff-canned-purpose-greeting = Привітання
staff-canned-purpose-safety = Перевірка безпеки
staff-canned-purpose-waiting = Очікування
staff-canned-purpose-referral = Перенаправлення
staff-canned-purpose-closing = Завершення
staff-canned-coverage-heading = Відсутні готові відповіді за мовами
staff-canned-coverage-complete = усі є

# Referral directory.
staff-directory-heading = Перенаправити до служби
staff-directory-country = Країна
staff-directory-topic = Тема
staff-directory-language = Мова
staff-directory-open-now = Працює зараз
staff-directory-any = будь-яка
staff-directory-search = Шукати
staff-directory-empty = Жодна служба не відповідає критеріям.
staff-directory-eu-wide = Для всього ЄС
staff-directory-always-open = 24/7
staff-referral-reason = Причина
staff-referral-child-agreed = Дитина погодилася
staff-referral-send = Надіслати дитині

# Wrap-up at the end of a chat.
staff-wrapup-heading = Підсумок
staff-wrapup-categories = Категорії
staff-wrapup-outcome = Результат
staff-wrapup-cross-border = Випадок має транскордонний характер
staff-wrapup-save = Зберегти підсумок
staff-wrapup-saved = Підсумок збережено.
staff-wrapup-required = Заповніть підсумки завершених розмов, щоб отримувати нові пропозиції.
staff-wrapup-pick-one = Виберіть щонайменше одну категорію.
staff-outcome-supported = Надано підтримку
staff-outcome-referred = Перенаправлено
staff-outcome-emergency = Залучено екстрені служби
staff-outcome-child_left = Дитина вийшла з розмови
staff-outcome-non_counselling = Не консультаційне звернення

# Errors the server can return, as the counsellor reads them.
staff-error-generic = Не вдалося: { $detail }
staff-error-target_unavailable = Ця особа або черга зараз не може прийняти розмову.
staff-error-not_translated = Ця відповідь ще недоступна мовою дитини.
staff-error-offer_gone = Цю дитину вже прийняв інший консультант, або пропозиція більше не актуальна.
staff-error-child_left = Дитина пішла, перш ніж ви прийняли: вона більше не чекає.

# Conversations handled earlier.
staff-history-heading = Ваші попередні розмови
staff-history-open = Відкрити
staff-history-empty = Попередніх розмов немає.
staff-history-audited = Відкриття запису розмови фіксується в журналі аудиту.

# Wrap-up categories (Child Helpline International's taxonomy).
staff-taxonomy-other = не визначено / інше
staff-taxonomy-missing = Зниклі діти
staff-taxonomy-missing-abduction-parental = Викрадення одним із батьків
staff-taxonomy-missing-abduction-criminal = Кримінальне викрадення
staff-taxonomy-missing-lost = Загубилася або місцеперебування невідоме
staff-taxonomy-missing-runaway = Втеча з дому
staff-taxonomy-missing-missing-in-migration = Зникнення під час міграції
staff-taxonomy-violence = Насильство
staff-taxonomy-violence-bullying = Булінг (цькування)
staff-taxonomy-violence-cyberbullying = Кібербулінг
staff-taxonomy-violence-forced-marriage = Дитячі, ранні або примусові шлюби
staff-taxonomy-violence-child-labour = Дитяча праця
staff-taxonomy-violence-fgm = Калічення жіночих статевих органів
staff-taxonomy-violence-neglect = Нехтування потребами дитини
staff-taxonomy-violence-online-sexual-abuse = Сексуальне насильство та експлуатація онлайн
staff-taxonomy-violence-harmful-practices = Інші шкідливі традиційні практики
staff-taxonomy-violence-physical = Фізичне насильство
staff-taxonomy-violence-emotional = Психологічне або емоційне насильство
staff-taxonomy-violence-sexual = Сексуальне насильство
staff-taxonomy-mental-health = Психічне здоров’я
staff-taxonomy-mental-health-substance-use = Залежна поведінка та вживання психоактивних речовин
staff-taxonomy-mental-health-behaviour = Проблеми з поведінкою
staff-taxonomy-mental-health-concerns-about-self = Переживання щодо себе
staff-taxonomy-mental-health-anger = Гнів
staff-taxonomy-mental-health-fear-anxiety = Страх і тривога
staff-taxonomy-mental-health-mood = Настрій
staff-taxonomy-mental-health-neurodevelopmental = Розлади нейророзвитку
staff-taxonomy-mental-health-eating = Харчова поведінка
staff-taxonomy-mental-health-self-harm = Самоушкодження
staff-taxonomy-mental-health-suicidal = Суїцидальні думки та спроби
staff-taxonomy-mental-health-traumatic-distress = Травматичний стрес
staff-taxonomy-physical-health = Фізичне здоров’я
staff-taxonomy-physical-health-general-medical = Загальні медичні питання
staff-taxonomy-physical-health-nutrition = Харчування
staff-taxonomy-physical-health-pregnancy = Вагітність
staff-taxonomy-physical-health-sexual-reproductive = Сексуальне та репродуктивне здоров’я
staff-taxonomy-physical-health-hiv-aids = ВІЛ/СНІД
staff-taxonomy-services = Доступ до послуг
staff-taxonomy-services-education = Освіта
staff-taxonomy-services-essential-needs = Базові потреби
staff-taxonomy-services-healthcare = Медична допомога
staff-taxonomy-services-legal = Правова допомога
staff-taxonomy-services-mental-health = Послуги у сфері психічного здоров’я
staff-taxonomy-services-sexual-health = Сексуальне здоров’я
staff-taxonomy-services-socio-economic = Соціально-економічні питання
staff-taxonomy-discrimination = Дискримінація та виключення
staff-taxonomy-discrimination-ethnicity-nationality = Етнічне походження або громадянство
staff-taxonomy-discrimination-financial = Матеріальне становище
staff-taxonomy-discrimination-gender = Ґендер
staff-taxonomy-discrimination-gender-identity-orientation = Ґендерна ідентичність або сексуальна орієнтація
staff-taxonomy-discrimination-health-disability = Здоров’я або інвалідність
staff-taxonomy-discrimination-beliefs = Переконання
staff-taxonomy-family = Сімейні стосунки
staff-taxonomy-peers = Стосунки з однолітками
staff-taxonomy-education-occupation = Навчання та зайнятість
staff-taxonomy-sexuality = Сексуальність
staff-taxonomy-migration = Міграція
staff-taxonomy-migration-asylum = Процедура надання притулку
staff-taxonomy-migration-unaccompanied = Дитина без супроводу або розлучена з сім’єю
staff-taxonomy-migration-guardianship = Опіка
staff-taxonomy-migration-reception = Умови прийому
staff-taxonomy-migration-family-reunification = Возз’єднання сім’ї
staff-taxonomy-migration-age-assessment = Визначення віку
staff-taxonomy-non-counselling = Неконсультаційні звернення
staff-taxonomy-non-counselling-about-helpline = Питання про лінію допомоги
staff-taxonomy-non-counselling-parent-carer = Питання від батьків або осіб, які доглядають за дитиною
staff-taxonomy-non-counselling-complaint = Скарга
staff-taxonomy-non-counselling-thank-you = Подяка
staff-taxonomy-non-counselling-prank-silent = Жарт або мовчазне звернення

# Подання для координаторів і адміністраторів.
staff-views-label = Подання
staff-view-board = Панель наживо
staff-view-chats = Ваші розмови
staff-view-reports = Історія
staff-view-admin = Облікові записи й налаштування
staff-chat-passed-to-you = Вам передано розмову: відкрийте «Ваші розмови».
staff-request-failed = Сервер не відповів. Спробуйте ще раз.

# Панель наживо.
staff-board-alerts-heading = Потрібні дії зараз
staff-board-alert-label = Сповіщення:
staff-board-alert-uncovered = { $waiting ->
    [one] { $waiting } дитина чекає в черзі (мова: { $language }), і ніхто з чергових не говорить цією мовою.
    [few] { $waiting } дитини чекають у черзі (мова: { $language }), і ніхто з чергових не говорить цією мовою.
    [many] { $waiting } дітей чекають у черзі (мова: { $language }), і ніхто з чергових не говорить цією мовою.
   *[other] { $waiting } дитини чекають у черзі (мова: { $language }), і ніхто з чергових не говорить цією мовою.
}
staff-board-alert-long-wait = Дитина чекає вже { $minutes } хв у черзі (мова: { $language }).
staff-board-alert-long-wait-seconds = Дитина чекає вже { $seconds } с у черзі (мова: { $language }).
staff-board-alert-left-messages = { $waiting ->
    [one] Залишене повідомлення (мова: { $language }) чекає на відповідь уже { $hours } год.
    [few] { $waiting } залишені повідомлення (мова: { $language }) чекають на відповідь; найстаріше — { $hours } год.
    [many] { $waiting } залишених повідомлень (мова: { $language }) чекають на відповідь; найстаріше — { $hours } год.
   *[other] { $waiting } залишеного повідомлення (мова: { $language }) чекають на відповідь; найстаріше — { $hours } год.
}
staff-board-heading = Мови зараз
staff-board-caption = Оновлюється наживо. Рівень обслуговування: частка дітей, яким відповіли протягом { $seconds } с.
staff-board-empty = Поки нічого показати: ніхто не чекає, жоден консультант не ввійшов, і сьогодні звернень не було.
staff-board-language = Мова
staff-board-waiting = Чекають
staff-board-longest-wait = Найдовше очікування зараз (хв:с)
staff-board-average-wait = Середнє очікування за останню годину (хв:с)
staff-board-counsellors = Консультанти
staff-board-chats = Розмови зараз
staff-board-last-hour = Остання година
staff-board-today = Сьогодні
staff-board-answered = Відповіли
staff-board-abandoned = Не дочекалися
staff-board-service-level = Рівень обслуговування
staff-board-chats-heading = Розмови зараз
staff-board-no-chats = Зараз немає розмов.
staff-board-chat-summary = { $language } · { $counsellor } · дитина тут з { $time }
staff-board-staff-heading = Працівники в системі
staff-board-staff-name = Ім’я
staff-board-staff-role = Роль
staff-board-staff-load = Розмови / найбільше одночасно
staff-board-staff-languages = Мови

# Спостереження за розмовою та її перепризначення.
staff-observe-button = Спостерігати
staff-observe-heading = Спостереження: { $language }
staff-observe-heading-held = Спостереження: { $language } · веде { $counsellor }
staff-observe-read-only = Лише читання: ви не можете писати в цій розмові. Консультант бачить, що ви стежите за нею, дитина — ні. Спостереження фіксується в журналі аудиту.
staff-observe-stop = Припинити спостереження
staff-reassign-heading = Перепризначити
staff-reassign-username = Консультант (ім’я користувача)
staff-reassign-note = Нотатка для того, хто прийме розмову
staff-reassign-note-required = Напишіть нотатку для того, хто прийме розмову.
staff-reassign-button = Перепризначити
staff-reassign-done = Розмову перепризначено.
staff-chat-counsellor-label = Консультант
staff-chat-observed-by = { $name } стежить за цією розмовою (лише читання).
staff-chat-reassigned-away = Координатор передав цю розмову колезі.

# Звіти.
staff-report-heading = Історія
staff-report-from = З
staff-report-to = По
staff-report-by = За
staff-report-by-day = день
staff-report-by-week = тиждень
staff-report-group = Групувати за
staff-report-group-language = Мова
staff-report-group-category = Категорія
staff-report-show = Показати
staff-report-caption-day = Звернення за днями, з { $from } по { $to }
staff-report-caption-week = Звернення за тижнями (тиждень починається з понеділка), з { $from } по { $to }
staff-report-day = День
staff-report-week = Тиждень з
staff-report-contacts = Звернення
staff-report-wait-p50 = Медіана очікування
staff-report-wait-p90 = Очікування, 90-й процентиль
staff-report-chat-length = Середня тривалість розмови
staff-report-referrals = Перенаправлення
staff-report-durations = Очікування й тривалість у хвилинах:секундах; «–», коли нічого вимірювати.
staff-report-no-category = Без підсумку
staff-report-empty = За цей період звернень немає.
staff-report-chart-alt = Стовпчикова діаграма звернень, на які відповіли, і тих, що не дочекалися, з { $from } по { $to }; у таблиці вище ті самі числа.
staff-report-download = Завантажити CSV

# Облікові записи й налаштування (адміністратори).
staff-accounts-heading = Облікові записи працівників
staff-account-new-heading = Новий обліковий запис
staff-account-username = Ім’я користувача
staff-account-username-hint = Від 1 до 64 символів: a–z, 0–9, «.», «_», «-». Змінити його потім не можна.
staff-account-display-name = Ім’я для показу
staff-account-role = Роль
staff-account-languages = Мови
staff-account-max-chats = Розмов одночасно (1–20)
staff-account-max-chats-value = розмов одночасно: { $count }
staff-account-password = Пароль
staff-account-password-hint = Щонайменше 10 символів.
staff-account-create = Створити обліковий запис
staff-account-created = Обліковий запис створено.
staff-account-edit = Змінити
staff-account-save = Зберегти зміни
staff-account-saved = Обліковий запис змінено; зміна діє одразу.
staff-account-disable = Вимкнути обліковий запис
staff-account-enable = Увімкнути обліковий запис
staff-account-disabled = Обліковий запис вимкнено.
staff-account-enabled = Обліковий запис увімкнено.
staff-account-is-disabled = вимкнено
staff-account-reset-password = Скинути пароль
staff-account-new-password = Новий пароль
staff-account-set-password = Установити новий пароль
staff-account-password-reset = Пароль змінено; усі сеанси цього облікового запису завершено.
staff-settings-heading = Налаштування
staff-settings-target = Цільовий час відповіді (секунди)
staff-settings-target-hint = Діти, яким відповіли за цей час, ураховуються в рівні обслуговування. Від 5 до 3600.
staff-settings-long-wait = Сповіщення про довге очікування після (секунди)
staff-settings-long-wait-hint = Панель показує сповіщення, коли дитина чекає довше. Від 30 до 86400.
staff-settings-retention = Зберігати записи розмов (дні)
staff-settings-retention-hint = Після цього записи, нотатки й причини завершених розмов видаляються; числа залишаються для звітів. Від 1 до 3650.
staff-settings-save = Зберегти налаштування
staff-settings-saved = Налаштування збережено.

## Sign-in security
staff-login-too-many = Забагато спроб. Спробуйте знову о { $time }.
staff-login-expired = Цей вхід тривав задовго. Введіть пароль ще раз.
staff-second-factor-heading = Вхід у два кроки
staff-second-factor-code = Код
staff-second-factor-code-hint = 6-цифровий код, який зараз показує ваш застосунок-автентифікатор, або один із ваших кодів відновлення.
staff-second-factor-wrong = Цей код неправильний або вже використаний.
staff-enrol-heading = Налаштувати вхід у два кроки
staff-enrol-intro = Ваша роль входить із другим кроком: кодом із застосунку-автентифікатора на вашому телефоні.
staff-enrol-scan = Відскануйте цей QR-код застосунком-автентифікатором або введіть у нього ключ нижче.
staff-enrol-qr-alt = QR-код із ключем для вашого застосунку-автентифікатора
staff-enrol-key = Ключ:
staff-enrol-confirm = Потім введіть 6-цифровий код, який показує застосунок
staff-enrol-button = Підтвердити й увійти
staff-recovery-heading = Ваші коди відновлення
staff-recovery-intro = Кожен із цих кодів один раз впускає вас, якщо ви загубите телефон. Збережіть їх зараз у безпечному місці: більше їх не покажуть.
staff-recovery-done = Я їх зберіг(ла)
staff-recovery-code-used = Ви увійшли з кодом відновлення. Якщо ви загубили телефон, попросіть адміністратора скинути ваш вхід у два кроки.
staff-account-second-factor-on = вхід у два кроки ввімкнено
staff-account-second-factor-off = без входу у два кроки
staff-account-locked = вхід заблоковано до { $time }
staff-account-unlock = Розблокувати вхід
staff-account-unlocked = Вхід розблоковано.
staff-account-reset-second-factor = Скинути вхід у два кроки
staff-account-reset-second-factor-hint = Якщо телефон загублено: сеанси облікового запису завершуються, а під час наступного входу налаштовуються новий застосунок-автентифікатор і нові коди відновлення.
staff-account-reset-second-factor-button = Скинути зараз
staff-account-second-factor-reset = Вхід у два кроки скинуто; усі сеанси цього облікового запису завершено.
staff-settings-second-factor = Консультанти теж входять у два кроки
staff-settings-second-factor-hint = Координатори й адміністратори роблять це завжди. Консультанти, які його ще не мають, налаштують його під час наступного входу.

## Hostile input

staff-error-control_character = Цей текст містить невидимий керівний символ; видаліть його й надішліть знову.
staff-bidi-control = Прихований символ напрямку тексту { $name } ({ $code }): показаний тут, не застосований.
## Abusive contacts
staff-abuse-heading = Завершити як образливий
staff-abuse-hint = Лише для розіграшів і образ. Дитина бачить лише, що чат завершено; координатор вирішує, чи призупинити нові чати з цього браузера.
staff-abuse-reason-label = Причина (її читають лише координатори)
staff-abuse-button = Завершити чат як образливий
staff-abuse-reported = Чат завершено. Координатор ухвалить рішення щодо скарги.
staff-blocks-heading = Образливі контакти
staff-blocks-today = Чатів, завершених як образливі, сьогодні: { $count }
staff-blocks-pending-heading = Скарги, що чекають на рішення
staff-blocks-active-heading = Браузери, призупинені зараз
staff-blocks-none = Немає.
staff-blocks-reported = { $language }, повідомив(-ла) { $name }, { $time }
staff-blocks-decide-by = Втратить чинність, якщо ніхто не вирішить до { $time }.
staff-blocks-until = Призупинено до { $time } (підтвердив(-ла) { $name })
staff-blocks-match-both = Розпізнається за токеном браузера та мережевою адресою.
staff-blocks-match-token = Розпізнається лише за токеном браузера.
staff-blocks-match-address = Розпізнається лише за мережевою адресою.
staff-blocks-match-none = Ніщо не розпізнає цей браузер (дитина вже пішла).
staff-blocks-duration = Призупинити нові чати на
staff-blocks-duration-hour = 1 годину
staff-blocks-duration-day = 1 день
staff-blocks-duration-3-days = 3 дні
staff-blocks-duration-week = 7 днів
staff-blocks-confirm = Підтвердити й призупинити
staff-blocks-reject = Відхилити
staff-blocks-lift = Зняти зараз
staff-blocks-confirmed = Підтверджено: нові чати з цього браузера призупинено.
staff-blocks-rejected = Відхилено: нічого не призупинено.
staff-blocks-lifted = Знято: цей браузер знову може починати чати.

# The chat log's way down to new messages; trends on the live board.
staff-chat-new-messages = Нові повідомлення ↓
staff-trends-heading = Останні чотири години
staff-trends-since = Дані є з { $time }: сервер не зберігає цифр із часу до свого запуску.
staff-trends-waiting = Діти в очікуванні
staff-trends-longest = Найдовше очікування
staff-trends-summary-waiting = { $language }, діти в очікуванні з { $from } до { $to }: найбільше { $most }, зараз { $now }.
staff-trends-summary-longest = { $language }, найдовше очікування з { $from } до { $to }: найбільше { $most }, зараз { $now }.

## A returning child's earlier contacts (return codes)
staff-case-heading = Попередні звернення
staff-case-hint = Ця дитина повернулася зі своїм кодом повернення: ось її попередні чати. Дайте дитині вести розмову; запитайте, перш ніж згадувати їх.
staff-case-unanswered = Ніхто не відповів
staff-case-referred = Перенаправлено до: { $services }
staff-case-transcript-kept = Стенограму збережено
staff-case-transcript-purged = Стенограму видалено (строк зберігання)
staff-case-read-transcript = Читати стенограму
staff-case-hide-transcript = Сховати стенограму

## Messages children left while nobody was there
staff-view-left-messages = Залишені повідомлення
staff-left-messages-heading = Повідомлення, залишені, коли нікого не було
staff-left-messages-hint = Діти написали ці повідомлення, коли на чергуванні не було нікого, хто говорить їхньою мовою. Візьміть одне, щоб відповісти: дитина прочитає відповідь одразу, якщо ще тут, або пізніше зі своїм кодом повернення.
staff-left-messages-none = Жодне повідомлення не чекає на відповідь.
staff-left-message-when = Залишено { $waited } тому · { $moment }
staff-left-waited-under-a-minute = менше хвилини
staff-left-waited-minutes = { $minutes } хв
staff-left-waited-hours = { $hours } год { $minutes } хв
staff-left-waited-days = { $days } дн { $hours } год
staff-left-message-also-reads = Також читає: { $languages }
staff-left-message-returning = Дитина повертається: вона вже говорила з нами.
staff-left-message-take = Взяти й відповісти
staff-left-message-taken-elsewhere = Це повідомлення вже взяв хтось інший.
staff-left-message-gone = Це повідомлення більше не чекає: хтось на нього відповів, або дитина його стерла.
staff-board-left-messages = Залишені повідомлення
staff-board-left-messages-cell = { $count }, найстаріше — { $oldest }

## Передавання справ партнерським лініям допомоги в інших країнах
staff-error-unknown_partner = Цю партнерську лінію тут більше не налаштовано.
staff-error-no_consent = Дитина не погодилася на це передавання (або погодилася на менше, ніж воно надіслало б).
staff-error-handover_gone = Хтось інший уже відповів на це передавання.
staff-handover-heading = Передати партнерській лінії допомоги
staff-handover-hint = За згодою дитини надішліть її справу лінії допомоги в іншій країні, щоб їй не довелося знову розповідати свою історію.
staff-handover-partner = Партнерська лінія
staff-handover-partner-option = { $name } ({ $countries }; { $languages })
staff-handover-partners-speaking = Говорять мовою: { $language }
staff-handover-partners-other = Інші партнери
staff-handover-include-chat = Додати сам чат
staff-handover-ask = Запитати дитину
staff-handover-ask-again = Запитати дитину ще раз
staff-handover-consent-asked = Запитано о { $asked }: чекаємо на відповідь дитини.
staff-handover-consent-yes = Дитина сказала «так» о { $answered } (запитано о { $asked }).
staff-handover-consent-yes-chat = Дитина сказала «так», разом із чатом, о { $answered } (запитано о { $asked }).
staff-handover-consent-summary-only = Дитина погодилася на підсумок, але не на чат, о { $answered } (запитано о { $asked }).
staff-handover-consent-no = Дитина сказала «ні» о { $answered } (запитано о { $asked }).
staff-handover-summary-heading = Підсумок для партнера
staff-handover-write-plainly = Пишіть просто, короткими реченнями, без скорочень і сленгу: читач може погано знати вашу мову і перекладати її.
staff-handover-categories = Категорії
staff-handover-risk = Ризик
staff-handover-languages = Мови дитини
staff-handover-add-language = Додати мову
staff-handover-add-language-none = Виберіть…
staff-handover-remove-language = Прибрати: { $language }
staff-handover-country = Країна, де перебуває дитина
staff-handover-country-unknown = Невідомо
staff-handover-what-happened = Що сталося
staff-handover-child-wants = Чого хоче дитина
staff-handover-done-so-far = Що ми вже зробили
staff-handover-referrals = Служби, до яких направили дитину
staff-handover-add-referral = Інша служба, за назвою
staff-handover-add = Додати
staff-handover-problem-what-happened = Напишіть, що сталося.
staff-handover-problem-child-wants = Напишіть, чого хоче дитина.
staff-handover-problem-too-long = Текст задовгий: кожен може містити близько 4000 символів.
staff-handover-problem-language = Укажіть принаймні одну мову.
staff-handover-problem-reason = Напишіть, чому це не може чекати на згоду дитини.
staff-handover-problem-invalid = Щось у підсумку не можна надіслати в такому вигляді: перевірте категорії, мови та служби.
staff-handover-ask-first = Спершу запитайте дитину: справу буде надіслано, лише якщо вона скаже «так».
staff-handover-waiting-answer = Надішліть, коли дитина відповість «так».
staff-handover-refused = Дитина сказала «ні»: цьому партнерові нічого не надсилається.
staff-handover-goes-with-chat = Надсилаються підсумок і чат.
staff-handover-goes-summary-only = Надсилається лише підсумок, без чату.
staff-handover-on-its-way = Надіслано: стан — нижче.
staff-handover-answer-used = Цю відповідь уже використано для передавання: запитайте дитину ще раз, щоб надіслати знову.
staff-handover-send = Надіслати: { $partner }
staff-handover-without-consent-heading = Надіслати без згоди (безпосередня небезпека)
staff-handover-without-consent-hint = Лише коли дитина в безпосередній небезпеці і справа не може чекати на її згоду. Дитині повідомлять про надсилання, сам чат не надсилається, а журнал аудиту зберігає вашу причину.
staff-handover-without-consent-reason = Чому це не може чекати
staff-handover-without-consent-send = Надіслати без згоди
staff-handover-without-consent-confirm = Надіслати справу цієї дитини партнерові { $partner } без її згоди?
staff-handover-confirm = Так, надіслати
staff-handover-cancel = Скасувати
staff-handover-sent-heading = Надіслані передавання
staff-handover-status-sending = Надсилається: { $partner }…
staff-handover-status-delivered = { $partner } отримали і відповідять.
staff-handover-status-failed = Не доставлено ({ $partner }): { $reason }
staff-handover-status-accepted = Прийнято: { $partner }.
staff-handover-status-accepted-by = Прийняв(-ла) { $name } ({ $partner }).
staff-handover-status-declined = Відхилено ({ $partner }): { $reason }
staff-handover-status-declined-by = Відхилив(-ла) { $name } ({ $partner }): { $reason }
staff-handover-status-transferred = Дитина продовжила розмову з { $partner }.
staff-handover-sent-at = Надіслано о { $time } · { $what }
staff-handover-sent-with-chat = підсумок і чат
staff-handover-sent-summary-only = лише підсумок
staff-handover-sent-without-consent = без згоди дитини
staff-handover-send-again = Надіслати ще раз
staff-view-handovers = Вхідні передавання
staff-handovers-in-heading = Передавання від партнерських ліній
staff-handovers-in-hint = Партнерські лінії допомоги з інших країн надсилають ці справи за згодою дитини (або, у разі безпосередньої небезпеки, без неї). Прийміть справу, щоб узяти її; відхиліть із причиною, яку прочитає партнер.
staff-handovers-in-none = Жодне передавання не чекає на відповідь.
staff-handover-in-from = Від { $partner } · { $language } · { $waited } тому · { $moment }
staff-handover-in-child-in-chat = Дитина ще в чаті: прийміть зараз, і вона перейде просто до вас.
staff-handover-in-consent-child = Дитина погодилася на своїй сторінці, запитання мовою { $language }, о { $time }.
staff-handover-in-consent-imminent = Надіслано без згоди дитини через безпосередню небезпеку:
staff-handover-in-risk = Ризик: { $risk }
staff-handover-in-categories = Категорії: { $categories }
staff-handover-in-languages = Мови: { $languages }
staff-handover-in-country = Країна: { $country }
staff-handover-in-referrals = Направлено до: { $services }
staff-handover-in-transcript = Чат, яким дитина погодилася поділитися (повідомлень: { $count })
staff-handover-in-author-child = Дитина
staff-handover-in-author-counsellor = Консультант
staff-handover-in-author-system = Bridgeline
staff-handover-accept = Прийняти
staff-handover-decline = Відхилити
staff-handover-decline-reason = Чому ви відхиляєте (партнер прочитає це)
staff-handover-decline-reason-needed = Напишіть, чому ви відхиляєте: партнерові це потрібно, щоб допомогти дитині інакше.
staff-handover-decline-send = Відхилити з цією причиною
staff-handover-accepted = Прийнято: справа ваша, і дитина перейде до вас, якщо вона ще в чаті.
staff-handover-declined = Відхилено: партнер дізнається причину.
staff-handover-answered-elsewhere = Хтось інший уже відповів на це передавання.
staff-handover-context-heading = Передано від { $partner }
staff-handover-context-hint = Історія дитини так, як її надіслав партнер: не треба просити дитину розповідати її знову.
staff-handover-context-received = Отримано о { $time }
