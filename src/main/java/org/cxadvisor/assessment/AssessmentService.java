package org.cxadvisor.assessment;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.cxadvisor.advice.AdviceReport;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.profile.Violation;
import org.cxadvisor.web.BadRequestException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jdbc.core.JdbcAggregateTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Saving, reading and deleting assessments. A new assessment is evaluated through the {@link EvaluationService}
 * (input → profile → engine → report) and then stored with the report as made; the insert has committed when
 * {@link #create} returns.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository repository;
    private final JdbcAggregateTemplate template;
    private final EvaluationService evaluation;
    private final JsonMapper json;
    private final Clock clock = Clock.systemUTC();

    AssessmentService(AssessmentRepository repository, JdbcAggregateTemplate template, EvaluationService evaluation,
                      JsonMapper json) {
        this.repository = repository;
        this.template = template;
        this.evaluation = evaluation;
        this.json = json;
    }

    /** Evaluates and stores a profile; {@code previousId}, when given, must be an assessment of the same company. */
    public Assessment create(CompanyProfile profile, String previousId, Locale locale) {
        String companyId = UUID.randomUUID().toString();
        if (previousId != null) {
            Assessment previous = find(previousId).orElseThrow(() -> badPrevious("assessments.error.previousUnknown"));
            if (!sameCompany(previous.companyName(), profile.name())) {
                throw badPrevious("assessments.error.previousCompany", previous.companyName());
            }
            companyId = previous.companyId();
        }
        AdviceReport report = evaluation.report(profile, locale);
        Assessment assessment = new Assessment(UUID.randomUUID().toString(), companyId, previousId,
                clock.instant().truncatedTo(ChronoUnit.MILLIS), locale.getLanguage(), report.knowledgeBase().version(),
                profile.name(), json.writeValueAsString(ProfileReader.toJson(profile)), json.writeValueAsString(report));
        try {
            return template.insert(assessment);
        } catch (DataIntegrityViolationException previousDeletedMeanwhile) {
            throw badPrevious("assessments.error.previousUnknown");
        }
    }

    public Optional<Assessment> find(String id) {
        return id == null ? Optional.empty() : repository.findById(id);
    }

    /** Every assessment of the company, oldest first. */
    public List<Assessment> company(String companyId) {
        return repository.findByCompanyIdOrderByCreatedAtAscIdAsc(companyId);
    }

    /** True when there was an assessment with this id (it is gone now). */
    public boolean delete(String id) {
        if (find(id).isEmpty()) {
            return false;
        }
        repository.deleteById(id);
        return true;
    }

    /** The stored profile, read and checked again as any profile is. */
    public CompanyProfile profile(Assessment assessment) {
        return ProfileReader.read(JsonText.parse(assessment.profile().getBytes(StandardCharsets.UTF_8)));
    }

    StoredReport report(Assessment assessment) {
        return new StoredReport(json.readTree(assessment.report()));
    }

    StoredReport report(AdviceReport report) {
        return new StoredReport(json.valueToTree(report));
    }

    /** The same company: names equal apart from case and spacing. */
    static boolean sameCompany(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static BadRequestException badPrevious(String key, Object... args) {
        return new BadRequestException(AssessmentRequest.TITLE, List.of(new Violation("previous", key, args)));
    }
}
