import GRDB

extension DataStore {
    /// Migration `v1-datasets`, frozen as shipped: one STRICT table per dataset of CONTRACT section 2, its rules as
    /// constraints (see `StoreSchema` for the storage forms). A later change to `TVETSchema` adds a migration;
    /// `StoreSchemaTests` fails while a migrated store and the schema disagree.
    static func registerDatasetsMigration(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v1-datasets") { db in
            try db.execute(sql: """
                CREATE TABLE "institutions" (
                    "institution_id" TEXT PRIMARY KEY NOT NULL,
                    "name" TEXT NOT NULL,
                    "ministry" TEXT NOT NULL CHECK ("ministry" IN ('KPT', 'KPM', 'KESUMA', 'KKDW', 'KBS', 'KPKM', 'KKR', 'KKM', 'KPWKM', 'MINDEF', 'KDN', 'KUSKOP', 'SWASTA')),
                    "type" TEXT NOT NULL CHECK ("type" IN ('POLITEKNIK', 'KOLEJ_KOMUNITI', 'KOLEJ_VOKASIONAL', 'ILP', 'ADTEC', 'JMTI', 'CIAST', 'IKM', 'KKTM', 'GIATMARA', 'IKBN', 'INSTITUT_PERTANIAN', 'ABM', 'KOLEJ_KESIHATAN', 'PLPP', 'PERHEBAT', 'PUSAT_LATIHAN_PENJARA', 'INSKEN', 'PUSAT_BERTAULIAH')),
                    "state" TEXT NOT NULL CHECK ("state" IN ('Johor', 'Kedah', 'Kelantan', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Pulau Pinang', 'Perak', 'Perlis', 'Selangor', 'Terengganu', 'Sabah', 'Sarawak', 'W.P. Kuala Lumpur', 'W.P. Labuan', 'W.P. Putrajaya')),
                    "district" TEXT NOT NULL,
                    "latitude" REAL CHECK ("latitude" BETWEEN 0.5 AND 7.5),
                    "longitude" REAL CHECK ("longitude" BETWEEN 99.5 AND 119.5)
                ) STRICT;
                CREATE TABLE "programmes" (
                    "programme_id" TEXT PRIMARY KEY NOT NULL,
                    "institution_id" TEXT NOT NULL REFERENCES "institutions"("institution_id"),
                    "name" TEXT NOT NULL,
                    "field" TEXT NOT NULL CHECK ("field" IN ('ELECTRICAL', 'ELECTRONICS', 'MECHANICAL', 'MANUFACTURING', 'ICT', 'AUTOMOTIVE', 'HOSPITALITY', 'CULINARY', 'AGRICULTURE', 'CONSTRUCTION', 'WELDING', 'OIL_GAS', 'AVIATION', 'MARINE', 'FASHION', 'BEAUTY', 'HEALTHCARE', 'CREATIVE_MEDIA', 'BUSINESS', 'RAC')),
                    "noss_code" TEXT CHECK ("noss_code" GLOB '[A-Z][A-Z]-[0-9][0-9][0-9]-[1-5]:[0-9][0-9][0-9][0-9]'),
                    "level" INTEGER NOT NULL CHECK ("level" BETWEEN 1 AND 5),
                    "duration_months" INTEGER NOT NULL CHECK ("duration_months" BETWEEN 1 AND 60),
                    "seats" INTEGER NOT NULL CHECK ("seats" BETWEEN 0 AND 100000)
                ) STRICT;
                CREATE TABLE "instructors" (
                    "instructor_id" TEXT PRIMARY KEY NOT NULL,
                    "no_ic" TEXT NOT NULL CHECK ("no_ic" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
                    "name" TEXT NOT NULL,
                    "institution_id" TEXT NOT NULL REFERENCES "institutions"("institution_id"),
                    "field" TEXT NOT NULL CHECK ("field" IN ('ELECTRICAL', 'ELECTRONICS', 'MECHANICAL', 'MANUFACTURING', 'ICT', 'AUTOMOTIVE', 'HOSPITALITY', 'CULINARY', 'AGRICULTURE', 'CONSTRUCTION', 'WELDING', 'OIL_GAS', 'AVIATION', 'MARINE', 'FASHION', 'BEAUTY', 'HEALTHCARE', 'CREATIVE_MEDIA', 'BUSINESS', 'RAC')),
                    "qualification_level" INTEGER NOT NULL CHECK ("qualification_level" BETWEEN 1 AND 8),
                    "vto_certified" INTEGER NOT NULL CHECK ("vto_certified" IN (0, 1)),
                    "years_experience" INTEGER NOT NULL CHECK ("years_experience" BETWEEN 0 AND 60)
                ) STRICT;
                CREATE TABLE "employers" (
                    "employer_id" TEXT PRIMARY KEY NOT NULL,
                    "name" TEXT NOT NULL,
                    "ssm_no" TEXT NOT NULL CHECK ("ssm_no" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
                    "msic_section" TEXT NOT NULL CHECK ("msic_section" IN ('A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S', 'T', 'U')),
                    "state" TEXT NOT NULL CHECK ("state" IN ('Johor', 'Kedah', 'Kelantan', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Pulau Pinang', 'Perak', 'Perlis', 'Selangor', 'Terengganu', 'Sabah', 'Sarawak', 'W.P. Kuala Lumpur', 'W.P. Labuan', 'W.P. Putrajaya')),
                    "size" TEXT NOT NULL CHECK ("size" IN ('MICRO', 'SMALL', 'MEDIUM', 'LARGE'))
                ) STRICT;
                CREATE TABLE "applications" (
                    "application_id" TEXT PRIMARY KEY NOT NULL,
                    "no_ic" TEXT NOT NULL CHECK ("no_ic" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
                    "name" TEXT NOT NULL,
                    "intake" INTEGER NOT NULL CHECK ("intake" BETWEEN 2000 AND 2100),
                    "programme_id" TEXT NOT NULL REFERENCES "programmes"("programme_id"),
                    "choice" INTEGER NOT NULL CHECK ("choice" BETWEEN 1 AND 5),
                    "status" TEXT NOT NULL CHECK ("status" IN ('SUBMITTED', 'OFFERED', 'ACCEPTED', 'REJECTED', 'WITHDRAWN')),
                    "submitted_on" TEXT NOT NULL CHECK (date(julianday("submitted_on")) IS "submitted_on")
                ) STRICT;
                CREATE TABLE "students" (
                    "student_id" TEXT PRIMARY KEY NOT NULL,
                    "no_ic" TEXT NOT NULL CHECK ("no_ic" GLOB '[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]'),
                    "name" TEXT NOT NULL,
                    "gender" TEXT NOT NULL CHECK ("gender" IN ('M', 'F')),
                    "birth_date" TEXT NOT NULL CHECK (date(julianday("birth_date")) IS "birth_date"),
                    "state_of_origin" TEXT NOT NULL CHECK ("state_of_origin" IN ('Johor', 'Kedah', 'Kelantan', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Pulau Pinang', 'Perak', 'Perlis', 'Selangor', 'Terengganu', 'Sabah', 'Sarawak', 'W.P. Kuala Lumpur', 'W.P. Labuan', 'W.P. Putrajaya')),
                    "programme_id" TEXT NOT NULL REFERENCES "programmes"("programme_id"),
                    "intake_year" INTEGER NOT NULL CHECK ("intake_year" BETWEEN 2000 AND 2100),
                    "status" TEXT NOT NULL CHECK ("status" IN ('ACTIVE', 'GRADUATED', 'WITHDRAWN')),
                    "graduation_year" INTEGER CHECK ("graduation_year" BETWEEN 2000 AND 2100)
                ) STRICT;
                CREATE TABLE "certificates" (
                    "certificate_id" TEXT PRIMARY KEY NOT NULL,
                    "student_id" TEXT NOT NULL REFERENCES "students"("student_id"),
                    "type" TEXT NOT NULL CHECK ("type" IN ('SKM', 'DKM', 'DLKM', 'SVM', 'DVM', 'PROFESSIONAL')),
                    "level" INTEGER CHECK ("level" BETWEEN 1 AND 5),
                    "noss_code" TEXT CHECK ("noss_code" GLOB '[A-Z][A-Z]-[0-9][0-9][0-9]-[1-5]:[0-9][0-9][0-9][0-9]'),
                    "field" TEXT NOT NULL CHECK ("field" IN ('ELECTRICAL', 'ELECTRONICS', 'MECHANICAL', 'MANUFACTURING', 'ICT', 'AUTOMOTIVE', 'HOSPITALITY', 'CULINARY', 'AGRICULTURE', 'CONSTRUCTION', 'WELDING', 'OIL_GAS', 'AVIATION', 'MARINE', 'FASHION', 'BEAUTY', 'HEALTHCARE', 'CREATIVE_MEDIA', 'BUSINESS', 'RAC')),
                    "issued_on" TEXT NOT NULL CHECK (date(julianday("issued_on")) IS "issued_on")
                ) STRICT;
                CREATE TABLE "graduates" (
                    "graduate_id" TEXT PRIMARY KEY NOT NULL,
                    "student_id" TEXT NOT NULL REFERENCES "students"("student_id"),
                    "programme_id" TEXT NOT NULL REFERENCES "programmes"("programme_id"),
                    "graduation_year" INTEGER NOT NULL CHECK ("graduation_year" BETWEEN 2000 AND 2100),
                    "status" TEXT NOT NULL CHECK ("status" IN ('EMPLOYED', 'SELF_EMPLOYED', 'FURTHER_STUDY', 'UPSKILLING', 'AWAITING_PLACEMENT', 'UNEMPLOYED')),
                    "employer_id" TEXT REFERENCES "employers"("employer_id"),
                    "masco_code" TEXT CHECK ("masco_code" GLOB '[0-9][0-9][0-9][0-9]'),
                    "monthly_salary" REAL CHECK ("monthly_salary" >= 0.0),
                    "months_to_employment" INTEGER CHECK ("months_to_employment" BETWEEN 0 AND 120),
                    "state_of_work" TEXT CHECK ("state_of_work" IN ('Johor', 'Kedah', 'Kelantan', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Pulau Pinang', 'Perak', 'Perlis', 'Selangor', 'Terengganu', 'Sabah', 'Sarawak', 'W.P. Kuala Lumpur', 'W.P. Labuan', 'W.P. Putrajaya')),
                    "skills" TEXT,
                    "willing_to_relocate" INTEGER NOT NULL CHECK ("willing_to_relocate" IN (0, 1)),
                    "open_to_matching" INTEGER NOT NULL CHECK ("open_to_matching" IN (0, 1))
                ) STRICT;
                CREATE TABLE "vacancies" (
                    "vacancy_id" TEXT PRIMARY KEY NOT NULL,
                    "employer_id" TEXT NOT NULL REFERENCES "employers"("employer_id"),
                    "title" TEXT NOT NULL,
                    "masco_code" TEXT NOT NULL CHECK ("masco_code" GLOB '[0-9][0-9][0-9][0-9]'),
                    "field" TEXT NOT NULL CHECK ("field" IN ('ELECTRICAL', 'ELECTRONICS', 'MECHANICAL', 'MANUFACTURING', 'ICT', 'AUTOMOTIVE', 'HOSPITALITY', 'CULINARY', 'AGRICULTURE', 'CONSTRUCTION', 'WELDING', 'OIL_GAS', 'AVIATION', 'MARINE', 'FASHION', 'BEAUTY', 'HEALTHCARE', 'CREATIVE_MEDIA', 'BUSINESS', 'RAC')),
                    "min_level" INTEGER NOT NULL CHECK ("min_level" BETWEEN 1 AND 5),
                    "essential_skills" TEXT NOT NULL,
                    "optional_skills" TEXT,
                    "state" TEXT NOT NULL CHECK ("state" IN ('Johor', 'Kedah', 'Kelantan', 'Melaka', 'Negeri Sembilan', 'Pahang', 'Pulau Pinang', 'Perak', 'Perlis', 'Selangor', 'Terengganu', 'Sabah', 'Sarawak', 'W.P. Kuala Lumpur', 'W.P. Labuan', 'W.P. Putrajaya')),
                    "salary_min" REAL NOT NULL CHECK ("salary_min" >= 0.0),
                    "salary_max" REAL NOT NULL CHECK ("salary_max" >= 0.0),
                    "openings" INTEGER NOT NULL CHECK ("openings" BETWEEN 1 AND 100000),
                    "posted_on" TEXT NOT NULL CHECK (date(julianday("posted_on")) IS "posted_on"),
                    "closes_on" TEXT NOT NULL CHECK (date(julianday("closes_on")) IS "closes_on")
                ) STRICT;
                """)
        }
    }
}
