/// The page a server shows for a URL that does not exist; its links are absolute.
struct NotFoundView: PageView {
    let title: String
    let text: String
    let homeHref: String
    let links: [LinkItem]
}
