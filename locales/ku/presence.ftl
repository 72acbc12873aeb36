## What the child's page says while nobody who speaks their language is on duty, and
## of the counsellor's connection during the chat (see "Presence" in docs/protocol.md).

queue-unstaffed-place = { $position ->
    [1] Gava ku kesek were ku bi zimanê te diaxive, tu yê di rêzê de yekem bî.
   *[other] Gava ku kesek were ku bi zimanê te diaxive, cihê te di rêzê de: { $position }
}
queue-unstaffed-unknown = Em hîn nizanin kengê kesek ku bi zimanê te diaxive wê li vir be.
queue-unstaffed-reader = Li vir kesek heye ku bi zimanekî din ê ku tu dixwînî diaxive, û dibe ku bersiva te bide.
presence-counsellor-connection-lost = Girêdana { $name } qut bû. Li vir bimîne: heke ew di çend deqeyan de venegere, şêwirmendê din wê bersiva te bide.
