package org.whatmatters.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTests {

    @Test
    void escapesMarkupCharacters() {
        assertThat(Xml.text("<script>alert(1)</script> & \"q\" 'a'"))
                .isEqualTo("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;q&quot; &#39;a&#39;");
    }

    @Test
    void keepsUnicodeAndDropsCharactersXmlForbids() {
        assertThat(Xml.text("£ é “x” 🙂")).isEqualTo("£ é “x” 🙂");
        assertThat(Xml.text("a\u0000b\u0007c\uD800d\uFFFEe")).isEqualTo("abcde");
        assertThat(Xml.text(null)).isEmpty();
    }

    @Test
    void multilineTurnsLineBreaksIntoBrAndEscapesEachLine() {
        assertThat(Xml.multiline("  one & two\r\nthree <b>\n")).isEqualTo("one &amp; two<br/>three &lt;b&gt;");
    }
}
