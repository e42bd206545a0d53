// GraphDocSwift: see DESIGN.md. This file only anchors the module until its first sources land.
