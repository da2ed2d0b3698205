package org.cxadvisor.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cxadvisor.web.BadRequestException;
import org.junit.jupiter.api.Test;

/** The listing's page parameters: defaults, bounds, and a 400 naming the parameter. */
class PageParametersTest {

    @Test
    void pageParametersHaveDefaultsAndBounds() {
        assertThat(PageParameters.number("size", null, 20, 1, 100)).isEqualTo(20);
        assertThat(PageParameters.number("size", " 100 ", 20, 1, 100)).isEqualTo(100);
        for (String bad : new String[] {"0", "101", "x", "1.5", "-1"}) {
            assertThatThrownBy(() -> PageParameters.number("size", bad, 20, 1, 100))
                    .isInstanceOfSatisfying(BadRequestException.class,
                            e -> assertThat(e.violations().get(0).field()).isEqualTo("size"));
        }
    }
}
