// Quiet, deterministic defaults for every test file; a test that needs other values sets its own.
process.env.PAYLOAD_SECRET ??= 'twinning-test-secret'
process.env.SEED_ON_START ??= 'false'
