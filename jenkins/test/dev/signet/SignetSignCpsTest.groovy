package dev.signet

import com.lesfurets.jenkins.unit.cps.PipelineTestHelperCPS

/**
 * Every SignetSignTest again with the library and the Jenkinsfile CPS-transformed, as Jenkins
 * runs them, the program state serialized and read back at every step: catches locals that are
 * not Serializable and closure use that only works outside CPS.
 */
class SignetSignCpsTest extends SignetSignTest {
    SignetSignCpsTest() {
        helper = new PipelineTestHelperCPS()
    }
}
