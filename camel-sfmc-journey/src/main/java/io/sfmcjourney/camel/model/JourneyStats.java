package io.sfmcjourney.camel.model;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/** Population counters of a journey version ({@code stats}); {@code goalPerformance} is a decimal. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonInclude(JsonInclude.Include.NON_NULL)
public class JourneyStats {

    private Long currentPopulation;
    private Long cumulativePopulation;
    private Long metGoal;
    private Long metExitCriteria;
    private BigDecimal goalPerformance;

    public Long getCurrentPopulation() {
        return currentPopulation;
    }

    public void setCurrentPopulation(Long currentPopulation) {
        this.currentPopulation = currentPopulation;
    }

    public Long getCumulativePopulation() {
        return cumulativePopulation;
    }

    public void setCumulativePopulation(Long cumulativePopulation) {
        this.cumulativePopulation = cumulativePopulation;
    }

    public Long getMetGoal() {
        return metGoal;
    }

    public void setMetGoal(Long metGoal) {
        this.metGoal = metGoal;
    }

    public Long getMetExitCriteria() {
        return metExitCriteria;
    }

    public void setMetExitCriteria(Long metExitCriteria) {
        this.metExitCriteria = metExitCriteria;
    }

    public BigDecimal getGoalPerformance() {
        return goalPerformance;
    }

    public void setGoalPerformance(BigDecimal goalPerformance) {
        this.goalPerformance = goalPerformance;
    }
}
