package org.whatmatters.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.whatmatters.nlp.Embeddings;
import org.whatmatters.nlp.Taxonomy;
import org.yaml.snakeyaml.Yaml;

class DirectoryTests {

    private static final Set<String> THEMES = Taxonomy.load().keys();
    private static final Directory DIRECTORY = Directory.load(THEMES, Embeddings.shared());

    private static List<String> ids(List<Directory.Match> matches) {
        return matches.stream().map(m -> m.service().id()).toList();
    }

    @Test
    void theSampleDirectoryHasAtLeastFortyServicesCoveringEveryTheme() {
        assertThat(DIRECTORY.services()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(DIRECTORY.services().stream().flatMap(s -> s.themes().stream()).collect(Collectors.toSet())).isEqualTo(THEMES);
    }

    @Test
    void lonelinessAndGardeningFindAGardeningGroupOrBefriendingFromTheDirectoryOnly() throws Exception {
        List<Directory.Match> matches = DIRECTORY.match(List.of(
                new Directory.Interest("I feel lonely, I hardly see anyone since my wife passed", List.of("loneliness", "bereavement")),
                new Directory.Interest("I love pottering in the garden", List.of("hobbies-interests"))), 3);
        assertThat(ids(matches)).hasSizeBetween(2, 3).containsAnyOf("community-garden", "allotment-society")
                .containsAnyOf("westbrook-befriending", "telephone-friends", "walk-and-talk-grief");
        assertThat(ids(matches)).isSubsetOf(idsInTheFile());
    }

    @Test
    void eachKindOfNeedFindsAServiceOfItsKind() {
        assertThat(ids(DIRECTORY.match(List.of(new Directory.Interest("the gas bill frightens me, I can't pay it", List.of("money"))), 3)))
                .isNotEmpty().containsAnyOf("energy-advice", "debt-advice", "citizens-advice");
        assertThat(ids(DIRECTORY.match(List.of(new Directory.Interest("I went over on the stairs twice this month", List.of("mobility-falls"))), 3)))
                .isNotEmpty().containsAnyOf("falls-team", "strength-and-balance");
        assertThat(ids(DIRECTORY.match(List.of(new Directory.Interest("I look after my husband, he has dementia, I never get a break",
                List.of("caring"))), 2))).first().isIn("carers-centre", "dementia-cafe");
    }

    @Test
    void nothingIsSuggestedForWhatNoServiceIsAbout() {
        assertThat(DIRECTORY.match(List.of(new Directory.Interest("the weather was nice today", List.of())), 3)).isEmpty();
        assertThat(DIRECTORY.match(List.of(), 3)).isEmpty();
    }

    @Test
    void everyNeedGetsItsOwnBestServiceBeforeOneNeedTakesTheRest() {
        List<Directory.Match> matches = DIRECTORY.match(List.of(
                new Directory.Interest("I worry about money all the time", List.of("money")),
                new Directory.Interest("I'd like to get out walking again", List.of("mobility-falls", "physical-health"))), 2);
        assertThat(matches).hasSize(2);
        assertThat(matches.get(0).because()).contains(0);
        assertThat(matches.get(1).because()).contains(1);
    }

    @Test
    void aBrokenDirectoryIsRefusedWithAClearMessage() {
        String ok = "services:\n  - {id: a, name: A, description: Some help, themes: [money], contact: '01632 960000'}\n";
        assertThat(Directory.parse(ok, THEMES)).hasSize(1);
        assertThatThrownBy(() -> Directory.parse(ok.replace("[money]", "[moneys]"), THEMES)).hasMessageContaining("unknown theme 'moneys'");
        assertThatThrownBy(() -> Directory.parse(ok + ok.substring("services:\n".length()), THEMES)).hasMessageContaining("id is used twice");
        assertThatThrownBy(() -> Directory.parse(ok.replace(", contact: '01632 960000'", ""), THEMES)).hasMessageContaining("service 1 (a): contact is missing");
        assertThatThrownBy(() -> Directory.parse(ok.replace("id: a", "id: A b"), THEMES)).hasMessageContaining("lower case");
        assertThatThrownBy(() -> Directory.parse("nothing: here", THEMES)).hasMessageContaining("a list of services");
    }

    @SuppressWarnings("unchecked")
    private static Set<String> idsInTheFile() throws Exception {
        try (InputStream in = DirectoryTests.class.getResourceAsStream("/community/services.yaml")) {
            Map<String, Object> root = new Yaml().load(in);
            return ((List<Map<String, Object>>) root.get("services")).stream().map(s -> String.valueOf(s.get("id"))).collect(Collectors.toSet());
        }
    }
}
