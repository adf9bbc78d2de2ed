-- Taskforce store, schema 5: STAND-IN for the econ slice's economy migration.
-- The lead replaces this file with econ's real 0005-economy.sql at merge.
SELECT 1;
