package org.cxadvisor.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.core.annotation.AliasFor;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/**
 * A POST endpoint that takes JSON ({@code application/json} or any {@code +json} type) and answers JSON. Declared
 * once so that every JSON endpoint accepts the same media types; {@link JsonBody} reads the body.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@RequestMapping(method = RequestMethod.POST, consumes = {MediaType.APPLICATION_JSON_VALUE, "application/*+json"},
        produces = MediaType.APPLICATION_JSON_VALUE)
public @interface JsonPost {

    @AliasFor(annotation = RequestMapping.class, attribute = "path")
    String[] value();
}
