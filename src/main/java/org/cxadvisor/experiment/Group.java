package org.cxadvisor.experiment;

import java.util.Set;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.Market;
import org.cxadvisor.profile.Sector;

/**
 * A way to draw the two groups, for the sectors and markets it names (none named: every company).
 * {@code basicsProtected}: only changes that add to the usual service may be tested, nobody gets less;
 * {@code recurring}: the same customers every month (accounts), so the groups cannot grow beyond them;
 * {@code metric}, when set, replaces every plan's own metric for these companies (in care, nobody "stays").
 */
public record Group(Set<Sector> sectors, Set<Market> markets, boolean basicsProtected, boolean recurring, String metric,
                    Texts texts) {

    public Group {
        sectors = Set.copyOf(sectors);
        markets = Set.copyOf(markets);
    }

    public boolean matches(CompanyProfile profile) {
        return (sectors.isEmpty() || sectors.contains(profile.sector()))
                && (markets.isEmpty() || markets.contains(profile.market()));
    }

    public boolean matchesEveryCompany() {
        return sectors.isEmpty() && markets.isEmpty();
    }
}
