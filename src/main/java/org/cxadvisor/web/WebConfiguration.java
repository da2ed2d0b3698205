package org.cxadvisor.web;

import org.cxadvisor.i18n.Messages;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/** Spring's i18n wiring: the product's one message source, and the language of each request. */
@Configuration(proxyBeanMethods = false)
class WebConfiguration {

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver() {
        return new LanguageResolver();
    }

    /** Named {@code messageSource}, so that Spring (and Boot, which then backs off) uses the same instance. */
    @Bean
    MessageSource messageSource() {
        return Messages.source();
    }
}
