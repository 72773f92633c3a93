"""One package per page: view (layout, intent-level signals and setters), controller
(store, navigator, app events), model where the page has one. Pages never import each
other; they reach one another through ui.shell.navigator and ui.shell.events."""
