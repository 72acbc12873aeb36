## Return codes and messages left while nobody is there (the child's page; see
## "Return codes" in docs/protocol.md). Plain words a ten-year-old understands.

# Taking a code, on the waiting, chat and ended screens.
codes-take-hint = ¿Quieres volver más tarde? Con un código de regreso puedes volver a leer este chat.
codes-take-button = Obtener un código de regreso
codes-your-code = Tu código de regreso
codes-write-down = Escríbelo o recuérdalo. No lo guardamos en ningún sitio y no podemos volver a mostrártelo.
codes-secret = Guárdalo en secreto: cualquiera que lo tenga puede leer tus chats.
codes-what-for = Con él puedes volver: con la misma persona si está aquí, para leer tus chats otra vez o para borrarlo todo.
codes-done-button = Ya lo tengo. Ocultar el código

# Nobody is there: leaving a message instead of waiting.
codes-leave-heading = Puedes dejar un mensaje
codes-leave-body = Escribe abajo lo que quieres contarnos y envíalo. Después pulsa «Dejar mi mensaje». Alguien te responderá más tarde.
codes-leave-button = Dejar mi mensaje
codes-left-heading = Tu mensaje se ha dejado
codes-left-body = Alguien de nuestro equipo lo leerá y te responderá.
codes-left-come-back = Vuelve con tu código de regreso para leer la respuesta.
codes-left-add = Todavía puedes añadir más abajo.

# Coming back with a code, on the first screen.
codes-have-code-button = Tengo un código de regreso
codes-back-heading = Qué bien que vuelvas
codes-back-body = Escribe el código de regreso que te dimos. Tiene 12 cifras.
codes-code-label = Código de regreso
codes-open-button = Abrir mis chats
codes-back-button = Volver
codes-case-heading = Tus chats anteriores
codes-case-body = Toca un chat para leerlo otra vez.
codes-case-empty = No hay chats para mostrar.
codes-chat-with = con { $name }
codes-chat-unanswered = todavía sin respuesta
codes-chat-left-message = un mensaje que dejaste
codes-chat-not-kept = ya no se guarda
codes-chat-now-button = Chatear ahora
codes-read-heading = Un chat anterior
codes-back-to-list-button = Volver a mis chats
codes-erase-button = Borrarlo todo
codes-erase-heading = ¿Borrarlo todo?
codes-erase-body = Todos tus chats con nosotros se borrarán y tu código de regreso dejará de funcionar. Nadie podrá recuperarlos.
codes-erase-yes-button = Sí, borrarlo todo
codes-erase-no-button = No, guardar mis chats
codes-erased-heading = Todo está borrado
codes-erased-body = Tus chats están borrados y tu código de regreso ya no funciona.
codes-erased-button = Volver al principio

codes-error-wrong = Este código no funciona. Revisa las cifras e inténtalo otra vez.
codes-error-too-many = Demasiados códigos equivocados. Puedes intentarlo otra vez: { $time }
codes-error-chat-live = Todavía hay un chat en marcha. Termínalo primero y después podrás borrarlo todo.
