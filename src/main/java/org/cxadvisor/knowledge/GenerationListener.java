package org.cxadvisor.knowledge;

/**
 * Told of each new knowledge base the service takes into use (a reload), after it serves it. Called on the thread
 * that reloaded, so a listener hands any real work to a thread of its own and returns at once.
 */
public interface GenerationListener {

    void served(KnowledgeBase previous, KnowledgeBase current);
}
