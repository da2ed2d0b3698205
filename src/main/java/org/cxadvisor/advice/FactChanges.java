package org.cxadvisor.advice;

import org.cxadvisor.profile.CompanyProfile;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Whether a fact other than the profile was inserted, deleted or updated in a session since {@link #clear()}: when
 * none was, a what-if's evaluation has the conclusions and advice of the one before, and reading them out of the
 * session again is not needed. A rule that fires again and inserts logically a fact equal to one it justified
 * before adds a justification, not a fact, so it does not count.
 */
final class FactChanges implements RuleRuntimeEventListener {

    private boolean any;

    void clear() {
        any = false;
    }

    boolean any() {
        return any;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        any |= !(event.getObject() instanceof CompanyProfile);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        any |= !(event.getObject() instanceof CompanyProfile);
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        any |= !(event.getOldObject() instanceof CompanyProfile);
    }
}
