// GraphDocMarkdown: see DESIGN.md.
