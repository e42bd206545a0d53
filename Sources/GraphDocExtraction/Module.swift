// GraphDocExtraction: see DESIGN.md.
