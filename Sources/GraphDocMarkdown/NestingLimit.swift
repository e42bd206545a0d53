/// How deep the block and inline trees built from cmark's nodes may nest.
///
/// cmark parses any depth without recursion, but every walk over ``Block`` and ``Inline`` values
/// (building them, reading them, freeing them) recurses once per level, and pages are read on
/// threads with small stacks. Graph pages nest lists and quotes a few levels and emphasis one or
/// two, so these bounds only ever meet hostile or broken input; what lies deeper is kept, flattened.
public enum NestingLimit {
    /// Block quotes, lists and list items enclosing a block.
    public static let containers = 64
    /// Emphasis, strong emphasis, links and images enclosing an inline.
    public static let inlines = 64
}
