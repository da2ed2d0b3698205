package org.cxadvisor.knowledge;

import org.cxadvisor.profile.CompanyProfile;
import org.drools.base.base.ClassObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.Declaration;
import org.drools.base.rule.Pattern;
import org.kie.api.KieBase;

/**
 * Whether some rule binds the whole profile ({@code $p : CompanyProfile(...)}). Drools evaluates a pattern again for
 * a changed profile only where the changed fields are constrained or bound inside that pattern; a field read
 * through a binding of the whole profile elsewhere (another pattern, an {@code eval}, a then part) is not watched.
 * What-ifs tell Drools which fields changed only when no rule reads the profile that way; else they update it whole.
 */
final class ProfileBindings {

    private ProfileBindings() {
    }

    static boolean anyRuleBindsTheWholeProfile(KieBase kieBase) {
        return kieBase != null && kieBase.getKiePackages().stream().flatMap(p -> p.getRules().stream())
                .anyMatch(rule -> ((RuleImpl) rule).getDeclarations().values().stream()
                        .anyMatch(ProfileBindings::bindsTheWholeProfile));
    }

    private static boolean bindsTheWholeProfile(Declaration declaration) {
        Pattern pattern = declaration.getPattern();
        return declaration.isPatternDeclaration() && pattern != null
                && pattern.getObjectType() instanceof ClassObjectType type
                && CompanyProfile.class.isAssignableFrom(type.getClassType());
    }
}
