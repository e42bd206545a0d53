@testable import GraphDocExtraction
import Testing

@Suite struct PageLocaleTests {
    private func locale(_ text: String) -> String? {
        var counter = PageLocale.ScriptCounter()
        counter.count(text)
        return counter.locale
    }

    @Test(arguments: [
        ("创建电话 phoneAuthenticationMethod", "zh-CN" as String?),
        ("创建 phoneAuthenticationMethod", nil),  // two Han scalars are not enough evidence
        ("添加新的电话身份验证方法。", "zh-CN"),
        ("電話認証方法を作成します", "ja-JP"),
        ("phoneAuthenticationMethod を作成する", "ja-JP"),
        ("전화 인증 방법 만들기", "ko-KR"),
        ("Создание объекта phoneAuthenticationMethod", "ru-RU"),
        ("Create phoneAuthenticationMethod", nil),
        ("Use the 中文 name", nil),
        ("", nil),
    ])
    func scriptOfText(text: String, expected: String?) {
        #expect(locale(text) == expected)
    }

    @Test func countsAccumulateOverCalls() {
        var counter = PageLocale.ScriptCounter()
        counter.count("中文")
        #expect(counter.locale == nil)
        counter.count("电话")
        #expect(counter.han == 4)
        #expect(counter.locale == "zh-CN")
    }

    @Test(arguments: [
        ("zh-cn", "zh-CN"), ("ZH-CN", "zh-CN"), ("zh_cn", "zh-CN"), ("en-us", "en-US"), ("en", "en"), (" ru-ru ", "ru-RU"),
        ("zh-hans-cn", "zh-Hans-CN"),
    ])
    func normalize(tag: String, expected: String) {
        #expect(PageLocale.normalize(tag) == expected)
    }

    @Test(arguments: [
        ("docs-input/zh-cn/beta/api/authentication-post-phonemethods.md", "zh-CN" as String?),
        ("docs-input/en-us/beta/api/add-phones.md", "en-US"),
        ("/corpus/ru-ru/v1.0/resources/user.md", "ru-RU"),
        ("beta/api/add-phones.md", nil),
        ("api/go-to.md", nil),
    ])
    func fromPath(path: String, expected: String?) {
        #expect(PageLocale.fromPath(path) == expected)
    }
}
