/** Checks every service's integration test makes of the running application: health, metrics, migrations. */
package io.algomoex.testsupport.service;
