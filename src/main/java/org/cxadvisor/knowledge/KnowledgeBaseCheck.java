package org.cxadvisor.knowledge;

import java.util.List;

/**
 * A condition a compiled knowledge base must meet before the service takes it into use, at start-up and at every
 * reload. The service runs the built-in ones ({@link KnowledgeBaseChecks}) and every bean of this type, so that
 * what {@code validate} reports as an error (the authoring conventions) is refused by the service with the same
 * message.
 */
public interface KnowledgeBaseCheck {

    List<RuleError> errors(KnowledgeBase kb, List<RuleFile> files);
}
