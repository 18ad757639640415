-- The schema the migrations build, as SQLite holds it: a new database runs this.
-- Written by scripts/write_head_schema.py; do not edit by hand.

CREATE TABLE alembic_version (
	version_num VARCHAR(32) NOT NULL, 
	CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

CREATE TABLE colleagues (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	email VARCHAR(320), 
	team VARCHAR(18) NOT NULL, 
	is_me BOOLEAN NOT NULL, 
	active BOOLEAN NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), mentor_id INTEGER CONSTRAINT fk_colleagues_mentor_id_colleagues REFERENCES colleagues (id) ON DELETE SET NULL, 
	CONSTRAINT pk_colleagues PRIMARY KEY (id), 
	CONSTRAINT ck_colleagues_name_not_blank CHECK (length(trim(name)) > 0), 
	CONSTRAINT uq_colleagues_email UNIQUE (email), 
	CONSTRAINT ck_colleagues_team CHECK (team IN ('account_management', 'sales', 'marketing', 'operations', 'support', 'finance'))
);

CREATE TABLE products (
	id INTEGER NOT NULL, 
	code VARCHAR(50) NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	description TEXT, 
	unit VARCHAR(30) NOT NULL, 
	unit_price BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	tax_rate BIGINT NOT NULL, 
	retired BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_products PRIMARY KEY (id), 
	CONSTRAINT ck_products_currency_iso CHECK (length(currency) = 3), 
	CONSTRAINT ck_products_code_not_blank CHECK (length(trim(code)) > 0), 
	CONSTRAINT ck_products_name_not_blank CHECK (length(trim(name)) > 0), 
	CONSTRAINT ck_products_tax_rate_range CHECK (tax_rate BETWEEN 0 AND 1000000), 
	CONSTRAINT ck_products_price_not_negative CHECK (unit_price >= 0), 
	CONSTRAINT uq_products_code UNIQUE (code)
);

CREATE TABLE accounts (
	id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	parent_id INTEGER, 
	sector VARCHAR(13) NOT NULL, 
	tier VARCHAR(9) NOT NULL, 
	status VARCHAR(8) NOT NULL, 
	country VARCHAR(2) NOT NULL, 
	time_zone VARCHAR(64) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	owner_id INTEGER, 
	website VARCHAR(300), 
	email_domain VARCHAR(253), 
	external_id VARCHAR(64), 
	client_since DATE, 
	churned_on DATE, 
	description TEXT, 
	archived_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, won_back_on DATE, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_accounts PRIMARY KEY (id), 
	CONSTRAINT ck_accounts_country_iso CHECK (length(country) = 2 AND country = upper(country)), 
	CONSTRAINT ck_accounts_currency_iso CHECK (length(currency) = 3 AND currency = upper(currency)), 
	CONSTRAINT ck_accounts_time_zone_not_blank CHECK (length(time_zone) > 0), 
	CONSTRAINT ck_accounts_name_not_blank CHECK (length(trim(name)) > 0), 
	CONSTRAINT ck_accounts_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id), 
	CONSTRAINT fk_accounts_owner_id_colleagues FOREIGN KEY(owner_id) REFERENCES colleagues (id) ON DELETE SET NULL, 
	CONSTRAINT fk_accounts_parent_id_accounts FOREIGN KEY(parent_id) REFERENCES accounts (id) ON DELETE SET NULL, 
	CONSTRAINT uq_accounts_external_id UNIQUE (external_id), 
	CONSTRAINT ck_accounts_sector CHECK (sector IN ('technology', 'finance', 'logistics', 'consulting', 'manufacturing', 'telecom', 'advertising', 'pharma', 'other')), 
	CONSTRAINT ck_accounts_tier CHECK (tier IN ('strategic', 'key', 'standard')), 
	CONSTRAINT ck_accounts_status CHECK (status IN ('prospect', 'active', 'at_risk', 'churned'))
);

CREATE TABLE account_budgets (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	period INTEGER NOT NULL, 
	planned BIGINT NOT NULL, 
	committed BIGINT NOT NULL, 
	note TEXT, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_account_budgets PRIMARY KEY (id), 
	CONSTRAINT ck_account_budgets_period_quarter_key CHECK (period % 10 BETWEEN 1 AND 4 AND period BETWEEN 19001 AND 99994), 
	CONSTRAINT ck_account_budgets_amounts_not_negative CHECK (planned >= 0 AND committed >= 0), 
	CONSTRAINT fk_account_budgets_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_account_budgets_account_id_period UNIQUE (account_id, period)
);

CREATE TABLE agreed_kpis (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	unit VARCHAR(30) NOT NULL, 
	direction VARCHAR(8) NOT NULL, 
	target BIGINT NOT NULL, 
	frequency VARCHAR(9) NOT NULL, 
	active BOOLEAN NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_agreed_kpis PRIMARY KEY (id), 
	CONSTRAINT ck_agreed_kpis_name_not_blank CHECK (length(trim(name)) > 0), 
	CONSTRAINT fk_agreed_kpis_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_agreed_kpis_account_id_name UNIQUE (account_id, name), 
	CONSTRAINT ck_agreed_kpis_direction CHECK (direction IN ('at_least', 'at_most')), 
	CONSTRAINT ck_agreed_kpis_frequency CHECK (frequency IN ('weekly', 'monthly', 'quarterly'))
);

CREATE TABLE contacts (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	first_name VARCHAR(100) NOT NULL, 
	last_name VARCHAR(100) NOT NULL, 
	email VARCHAR(320), 
	phone VARCHAR(50), 
	job_title VARCHAR(200), 
	decision_role VARCHAR(14), 
	preferred_channel VARCHAR(9), 
	language VARCHAR(8), 
	is_primary BOOLEAN NOT NULL, 
	external_id VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_contacts PRIMARY KEY (id), 
	CONSTRAINT ck_contacts_name_not_blank CHECK (length(trim(first_name)) + length(trim(last_name)) > 0), 
	CONSTRAINT fk_contacts_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_contacts_external_id UNIQUE (external_id), 
	CONSTRAINT ck_contacts_decision_role CHECK (decision_role IN ('decision_maker', 'economic_buyer', 'influencer', 'champion', 'user', 'gatekeeper')), 
	CONSTRAINT ck_contacts_preferred_channel CHECK (preferred_channel IN ('email', 'phone', 'video', 'in_person', 'chat'))
);

CREATE TABLE contracts (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	starts_on DATE NOT NULL, 
	ends_on DATE NOT NULL, 
	annual_value BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	notice_days INTEGER NOT NULL, 
	renewal_status VARCHAR(14) NOT NULL, 
	external_id VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_contracts PRIMARY KEY (id), 
	CONSTRAINT ck_contracts_value_not_negative CHECK (annual_value >= 0), 
	CONSTRAINT ck_contracts_ends_after_start CHECK (ends_on > starts_on), 
	CONSTRAINT ck_contracts_currency_iso CHECK (length(currency) = 3), 
	CONSTRAINT ck_contracts_title_not_blank CHECK (length(trim(title)) > 0), 
	CONSTRAINT ck_contracts_notice_not_negative CHECK (notice_days >= 0), 
	CONSTRAINT fk_contracts_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_contracts_external_id UNIQUE (external_id), 
	CONSTRAINT ck_contracts_renewal_status CHECK (renewal_status IN ('not_due', 'in_negotiation', 'renewed', 'auto_renew', 'not_renewing'))
);

CREATE TABLE health_snapshots (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	month INTEGER NOT NULL, 
	score INTEGER NOT NULL, 
	factors_json TEXT NOT NULL, 
	CONSTRAINT pk_health_snapshots PRIMARY KEY (id), 
	CONSTRAINT ck_health_snapshots_month_key CHECK (month % 100 BETWEEN 1 AND 12), 
	CONSTRAINT ck_health_snapshots_score_range CHECK (score BETWEEN 0 AND 100), 
	CONSTRAINT fk_health_snapshots_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_health_snapshots_account_id_month UNIQUE (account_id, month)
);

CREATE TABLE incidents (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	description TEXT, 
	category VARCHAR(28) NOT NULL, 
	severity INTEGER NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	owner_id INTEGER, 
	reported_at DATETIME NOT NULL, 
	acknowledged_at DATETIME, 
	resolved_at DATETIME, 
	closed_at DATETIME, 
	client_impact TEXT, 
	root_cause TEXT, 
	resolution TEXT, 
	lessons_learned TEXT, 
	playbook_response VARCHAR(100), 
	external_id VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_incidents PRIMARY KEY (id), 
	CONSTRAINT ck_incidents_ack_after_report CHECK (acknowledged_at IS NULL OR acknowledged_at >= reported_at), 
	CONSTRAINT ck_incidents_closed_after_report CHECK (closed_at IS NULL OR closed_at >= reported_at), 
	CONSTRAINT ck_incidents_title_not_blank CHECK (length(trim(title)) > 0), 
	CONSTRAINT ck_incidents_resolved_after_report CHECK (resolved_at IS NULL OR resolved_at >= reported_at), 
	CONSTRAINT ck_incidents_severity_range CHECK (severity BETWEEN 1 AND 4), 
	CONSTRAINT fk_incidents_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_incidents_owner_id_colleagues FOREIGN KEY(owner_id) REFERENCES colleagues (id) ON DELETE SET NULL, 
	CONSTRAINT uq_incidents_external_id UNIQUE (external_id), 
	CONSTRAINT ck_incidents_category CHECK (category IN ('delivery_delay', 'contractual_misunderstanding', 'communication_breakdown', 'requirement_change', 'budget_misalignment', 'quality', 'other')), 
	CONSTRAINT ck_incidents_status CHECK (status IN ('open', 'acknowledged', 'mitigating', 'resolved', 'closed'))
);

CREATE TABLE market_notes (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	kind VARCHAR(12) NOT NULL, 
	competitor VARCHAR(200), 
	title VARCHAR(300) NOT NULL, 
	body TEXT, 
	noted_on DATE NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_market_notes PRIMARY KEY (id), 
	CONSTRAINT ck_market_notes_title_not_blank CHECK (length(trim(title)) > 0), 
	CONSTRAINT fk_market_notes_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT ck_market_notes_kind CHECK (kind IN ('competitor', 'market_trend', 'regulation'))
);

CREATE TABLE meetings (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	kind VARCHAR(11) NOT NULL, 
	mode VARCHAR(9) NOT NULL, 
	location VARCHAR(500), 
	link VARCHAR(1000), 
	starts_at DATETIME NOT NULL, 
	ends_at DATETIME NOT NULL, 
	time_zone VARCHAR(64) NOT NULL, 
	rrule VARCHAR(500), 
	ical_uid VARCHAR(500) NOT NULL, 
	agenda TEXT, 
	minutes TEXT, 
	outcome TEXT, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, all_day BOOLEAN DEFAULT 0 NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_meetings PRIMARY KEY (id), 
	CONSTRAINT ck_meetings_rrule_has_freq CHECK (rrule IS NULL OR rrule LIKE '%FREQ=%'), 
	CONSTRAINT ck_meetings_ends_after_start CHECK (ends_at > starts_at), 
	CONSTRAINT ck_meetings_time_zone_not_blank CHECK (length(time_zone) > 0), 
	CONSTRAINT ck_meetings_title_not_blank CHECK (length(trim(title)) > 0), 
	CONSTRAINT fk_meetings_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_meetings_ical_uid UNIQUE (ical_uid), 
	CONSTRAINT ck_meetings_kind CHECK (kind IN ('review', 'qbr', 'negotiation', 'crisis', 'other')), 
	CONSTRAINT ck_meetings_mode CHECK (mode IN ('in_person', 'virtual'))
);

CREATE TABLE opportunities (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	name VARCHAR(300) NOT NULL, 
	kind VARCHAR(10) NOT NULL, 
	stage VARCHAR(13) NOT NULL, 
	amount BIGINT NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	probability INTEGER NOT NULL, 
	expected_close DATE, 
	external_id VARCHAR(64), 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_opportunities PRIMARY KEY (id), 
	CONSTRAINT ck_opportunities_amount_not_negative CHECK (amount >= 0), 
	CONSTRAINT ck_opportunities_currency_iso CHECK (length(currency) = 3), 
	CONSTRAINT ck_opportunities_name_not_blank CHECK (length(trim(name)) > 0), 
	CONSTRAINT ck_opportunities_probability_range CHECK (probability BETWEEN 0 AND 100), 
	CONSTRAINT fk_opportunities_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_opportunities_external_id UNIQUE (external_id), 
	CONSTRAINT ck_opportunities_kind CHECK (kind IN ('new', 'cross_sell', 'upsell', 'renewal')), 
	CONSTRAINT ck_opportunities_stage CHECK (stage IN ('prospecting', 'qualification', 'proposal', 'negotiation', 'closed_won', 'closed_lost'))
);

CREATE TABLE revenue_records (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	period INTEGER NOT NULL, 
	revenue BIGINT NOT NULL, 
	cost BIGINT NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_revenue_records PRIMARY KEY (id), 
	CONSTRAINT ck_revenue_records_period_quarter_key CHECK (period % 10 BETWEEN 1 AND 4 AND period BETWEEN 19001 AND 99994), 
	CONSTRAINT ck_revenue_records_amounts_not_negative CHECK (revenue >= 0 AND cost >= 0), 
	CONSTRAINT fk_revenue_records_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT uq_revenue_records_account_id_period UNIQUE (account_id, period)
);

CREATE TABLE action_items (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	meeting_id INTEGER, 
	incident_id INTEGER, 
	title VARCHAR(300) NOT NULL, 
	details TEXT, 
	owner_colleague_id INTEGER, 
	owner_team VARCHAR(18), 
	due_on DATE, 
	status VARCHAR(11) NOT NULL, 
	completed_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_action_items PRIMARY KEY (id), 
	CONSTRAINT ck_action_items_completed_when_done CHECK ((status = 'done') = (completed_at IS NOT NULL)), 
	CONSTRAINT ck_action_items_title_not_blank CHECK (length(trim(title)) > 0), 
	CONSTRAINT ck_action_items_has_owner CHECK (owner_colleague_id IS NOT NULL OR owner_team IS NOT NULL), 
	CONSTRAINT fk_action_items_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_action_items_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE SET NULL, 
	CONSTRAINT fk_action_items_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE SET NULL, 
	CONSTRAINT fk_action_items_owner_colleague_id_colleagues FOREIGN KEY(owner_colleague_id) REFERENCES colleagues (id) ON DELETE SET NULL, 
	CONSTRAINT ck_action_items_owner_team CHECK (owner_team IN ('account_management', 'sales', 'marketing', 'operations', 'support', 'finance')), 
	CONSTRAINT ck_action_items_status CHECK (status IN ('open', 'in_progress', 'done', 'cancelled'))
);

CREATE TABLE compensations (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	form VARCHAR(19) NOT NULL, 
	amount BIGINT NOT NULL, 
	granted_on DATE NOT NULL, 
	note TEXT, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_compensations PRIMARY KEY (id), 
	CONSTRAINT ck_compensations_amount_not_negative CHECK (amount >= 0), 
	CONSTRAINT fk_compensations_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT ck_compensations_form CHECK (form IN ('discount_next_order', 'free_service', 'credit_note', 'partial_delivery'))
);

CREATE TABLE incident_events (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	occurred_at DATETIME NOT NULL, 
	actor VARCHAR(15) NOT NULL, 
	colleague_id INTEGER, 
	contact_id INTEGER, 
	description TEXT NOT NULL, 
	client_communication BOOLEAN NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_incident_events PRIMARY KEY (id), 
	CONSTRAINT ck_incident_events_description_not_blank CHECK (length(trim(description)) > 0), 
	CONSTRAINT fk_incident_events_colleague_id_colleagues FOREIGN KEY(colleague_id) REFERENCES colleagues (id) ON DELETE SET NULL, 
	CONSTRAINT fk_incident_events_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT fk_incident_events_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT ck_incident_events_actor CHECK (actor IN ('account_manager', 'colleague', 'client'))
);

CREATE TABLE incident_status_changes (
	id INTEGER NOT NULL, 
	incident_id INTEGER NOT NULL, 
	status VARCHAR(12) NOT NULL, 
	changed_at DATETIME NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_incident_status_changes PRIMARY KEY (id), 
	CONSTRAINT fk_incident_status_changes_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT ck_incident_status_changes_status CHECK (status IN ('open', 'acknowledged', 'mitigating', 'resolved', 'closed'))
);

CREATE TABLE incident_teams (
	incident_id INTEGER NOT NULL, 
	team VARCHAR(18) NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_incident_teams PRIMARY KEY (incident_id, team), 
	CONSTRAINT fk_incident_teams_incident_id_incidents FOREIGN KEY(incident_id) REFERENCES incidents (id) ON DELETE CASCADE, 
	CONSTRAINT ck_incident_teams_team CHECK (team IN ('account_management', 'sales', 'marketing', 'operations', 'support', 'finance'))
);

CREATE TABLE interactions (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	contact_id INTEGER, 
	colleague_id INTEGER, 
	kind VARCHAR(5) NOT NULL, 
	occurred_at DATETIME NOT NULL, 
	summary TEXT NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_interactions PRIMARY KEY (id), 
	CONSTRAINT ck_interactions_summary_not_blank CHECK (length(trim(summary)) > 0), 
	CONSTRAINT fk_interactions_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_interactions_colleague_id_colleagues FOREIGN KEY(colleague_id) REFERENCES colleagues (id) ON DELETE SET NULL, 
	CONSTRAINT fk_interactions_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL, 
	CONSTRAINT ck_interactions_kind CHECK (kind IN ('call', 'email', 'visit', 'video'))
);

CREATE TABLE kpi_measurements (
	id INTEGER NOT NULL, 
	kpi_id INTEGER NOT NULL, 
	measured_on DATE NOT NULL, 
	value BIGINT NOT NULL, 
	note TEXT, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_kpi_measurements PRIMARY KEY (id), 
	CONSTRAINT fk_kpi_measurements_kpi_id_agreed_kpis FOREIGN KEY(kpi_id) REFERENCES agreed_kpis (id) ON DELETE CASCADE, 
	CONSTRAINT uq_kpi_measurements_kpi_id_measured_on UNIQUE (kpi_id, measured_on)
);

CREATE TABLE meeting_attendees (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	contact_id INTEGER, 
	colleague_id INTEGER, 
	role VARCHAR(8) NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_meeting_attendees PRIMARY KEY (id), 
	CONSTRAINT ck_meeting_attendees_contact_xor_colleague CHECK ((contact_id IS NULL) <> (colleague_id IS NULL)), 
	CONSTRAINT fk_meeting_attendees_colleague_id_colleagues FOREIGN KEY(colleague_id) REFERENCES colleagues (id) ON DELETE CASCADE, 
	CONSTRAINT fk_meeting_attendees_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_meeting_attendees_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, 
	CONSTRAINT uq_meeting_attendees_meeting_id_contact_id_colleague_id UNIQUE (meeting_id, contact_id, colleague_id), 
	CONSTRAINT ck_meeting_attendees_role CHECK (role IN ('required', 'optional'))
);

CREATE TABLE meeting_exceptions (
	id INTEGER NOT NULL, 
	meeting_id INTEGER NOT NULL, 
	original_start DATETIME NOT NULL, 
	cancelled BOOLEAN NOT NULL, 
	starts_at DATETIME, 
	ends_at DATETIME, 
	title VARCHAR(300), 
	location VARCHAR(500), 
	minutes TEXT, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_meeting_exceptions PRIMARY KEY (id), 
	CONSTRAINT ck_meeting_exceptions_override_has_times CHECK (cancelled = 1 OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND ends_at > starts_at)), 
	CONSTRAINT fk_meeting_exceptions_meeting_id_meetings FOREIGN KEY(meeting_id) REFERENCES meetings (id) ON DELETE CASCADE, 
	CONSTRAINT uq_meeting_exceptions_meeting_id_original_start UNIQUE (meeting_id, original_start)
);

CREATE TABLE proposals (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	opportunity_id INTEGER, 
	title VARCHAR(300) NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_proposals PRIMARY KEY (id), 
	CONSTRAINT ck_proposals_title_not_blank CHECK (length(trim(title)) > 0), 
	CONSTRAINT fk_proposals_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_proposals_opportunity_id_opportunities FOREIGN KEY(opportunity_id) REFERENCES opportunities (id) ON DELETE SET NULL
);

CREATE TABLE survey_responses (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	contact_id INTEGER, 
	responded_on DATE NOT NULL, 
	score INTEGER NOT NULL, 
	comment TEXT, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_survey_responses PRIMARY KEY (id), 
	CONSTRAINT ck_survey_responses_score_range CHECK (score BETWEEN 0 AND 10), 
	CONSTRAINT fk_survey_responses_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_survey_responses_contact_id_contacts FOREIGN KEY(contact_id) REFERENCES contacts (id) ON DELETE SET NULL
);

CREATE TABLE proposal_versions (
	id INTEGER NOT NULL, 
	proposal_id INTEGER NOT NULL, 
	number INTEGER NOT NULL, 
	status VARCHAR(8) NOT NULL, 
	currency VARCHAR(3) NOT NULL, 
	valid_until DATE, 
	sent_at DATETIME, 
	decided_at DATETIME, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_proposal_versions PRIMARY KEY (id), 
	CONSTRAINT ck_proposal_versions_sent_at_unless_draft CHECK ((status = 'draft') = (sent_at IS NULL)), 
	CONSTRAINT ck_proposal_versions_decided_at_when_decided CHECK ((status IN ('accepted', 'rejected', 'expired')) = (decided_at IS NOT NULL)), 
	CONSTRAINT ck_proposal_versions_currency_iso CHECK (length(currency) = 3), 
	CONSTRAINT ck_proposal_versions_number_positive CHECK (number >= 1), 
	CONSTRAINT fk_proposal_versions_proposal_id_proposals FOREIGN KEY(proposal_id) REFERENCES proposals (id) ON DELETE CASCADE, 
	CONSTRAINT uq_proposal_versions_proposal_id_number UNIQUE (proposal_id, number), 
	CONSTRAINT ck_proposal_versions_status CHECK (status IN ('draft', 'sent', 'accepted', 'rejected', 'expired'))
);

CREATE TABLE proposal_line_items (
	id INTEGER NOT NULL, 
	version_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	product_id INTEGER, 
	description VARCHAR(500) NOT NULL, 
	quantity BIGINT NOT NULL, 
	unit VARCHAR(30) NOT NULL, 
	unit_price BIGINT NOT NULL, 
	discount_pct BIGINT NOT NULL, 
	tax_pct BIGINT NOT NULL, 
	optional BOOLEAN NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_proposal_line_items PRIMARY KEY (id), 
	CONSTRAINT ck_proposal_line_items_discount_range CHECK (discount_pct BETWEEN 0 AND 1000000), 
	CONSTRAINT ck_proposal_line_items_description_not_blank CHECK (length(trim(description)) > 0), 
	CONSTRAINT ck_proposal_line_items_quantity_positive CHECK (quantity > 0), 
	CONSTRAINT ck_proposal_line_items_tax_range CHECK (tax_pct BETWEEN 0 AND 1000000), 
	CONSTRAINT ck_proposal_line_items_price_not_negative CHECK (unit_price >= 0), 
	CONSTRAINT fk_proposal_line_items_product_id_products FOREIGN KEY(product_id) REFERENCES products (id) ON DELETE SET NULL, 
	CONSTRAINT fk_proposal_line_items_version_id_proposal_versions FOREIGN KEY(version_id) REFERENCES proposal_versions (id) ON DELETE CASCADE, 
	CONSTRAINT uq_proposal_line_items_version_id_position UNIQUE (version_id, position)
);

CREATE TABLE proposal_phases (
	id INTEGER NOT NULL, 
	version_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	name VARCHAR(200) NOT NULL, 
	starts_on DATE NOT NULL, 
	ends_on DATE NOT NULL, 
	deliverables TEXT, 
	amount BIGINT NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_proposal_phases PRIMARY KEY (id), 
	CONSTRAINT ck_proposal_phases_amount_not_negative CHECK (amount >= 0), 
	CONSTRAINT ck_proposal_phases_ends_after_start CHECK (ends_on >= starts_on), 
	CONSTRAINT ck_proposal_phases_name_not_blank CHECK (length(trim(name)) > 0), 
	CONSTRAINT fk_proposal_phases_version_id_proposal_versions FOREIGN KEY(version_id) REFERENCES proposal_versions (id) ON DELETE CASCADE, 
	CONSTRAINT uq_proposal_phases_version_id_position UNIQUE (version_id, position)
);

CREATE TABLE proposal_roi (
	version_id INTEGER NOT NULL, 
	investment BIGINT, 
	annual_benefit BIGINT NOT NULL, 
	horizon_years INTEGER NOT NULL, 
	discount_rate_pct BIGINT NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_proposal_roi PRIMARY KEY (version_id), 
	CONSTRAINT ck_proposal_roi_benefit_not_negative CHECK (annual_benefit >= 0), 
	CONSTRAINT ck_proposal_roi_rate_above_minus_100 CHECK (discount_rate_pct > -1000000), 
	CONSTRAINT ck_proposal_roi_horizon_range CHECK (horizon_years BETWEEN 1 AND 50), 
	CONSTRAINT ck_proposal_roi_investment_not_negative CHECK (investment >= 0), 
	CONSTRAINT fk_proposal_roi_version_id_proposal_versions FOREIGN KEY(version_id) REFERENCES proposal_versions (id) ON DELETE CASCADE
);

CREATE TABLE proposal_sections (
	id INTEGER NOT NULL, 
	version_id INTEGER NOT NULL, 
	position INTEGER NOT NULL, 
	kind VARCHAR(19) NOT NULL, 
	title VARCHAR(300) NOT NULL, 
	body_html TEXT NOT NULL, created_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, updated_at DATETIME DEFAULT '1970-01-01 00:00:00.000000' NOT NULL, uid CHAR(32) DEFAULT '' NOT NULL, updated_by VARCHAR(200), 
	CONSTRAINT pk_proposal_sections PRIMARY KEY (id), 
	CONSTRAINT fk_proposal_sections_version_id_proposal_versions FOREIGN KEY(version_id) REFERENCES proposal_versions (id) ON DELETE CASCADE, 
	CONSTRAINT uq_proposal_sections_version_id_position UNIQUE (version_id, position), 
	CONSTRAINT ck_proposal_sections_kind CHECK (kind IN ('executive_summary', 'client_needs', 'solution', 'implementation_plan', 'commercial_terms', 'other'))
);

CREATE VIRTUAL TABLE search_index USING fts5(
    title, body, kind UNINDEXED, record_id UNINDEXED, account_id UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3 4'
);

CREATE TABLE import_runs (
	id INTEGER NOT NULL, 
	kind VARCHAR(40) NOT NULL, 
	source VARCHAR(500) NOT NULL, 
	layout VARCHAR(100) NOT NULL, 
	imported_at DATETIME NOT NULL, 
	created INTEGER NOT NULL, 
	updated INTEGER NOT NULL, 
	refused INTEGER NOT NULL, 
	undone_at DATETIME, 
	CONSTRAINT pk_import_runs PRIMARY KEY (id)
);

CREATE TABLE import_changes (
	run_id INTEGER NOT NULL, 
	table_name VARCHAR(64) NOT NULL, 
	row_id INTEGER NOT NULL, 
	"before" TEXT, 
	CONSTRAINT pk_import_changes PRIMARY KEY (run_id, table_name, row_id), 
	CONSTRAINT fk_import_changes_run_id_import_runs FOREIGN KEY(run_id) REFERENCES import_runs (id) ON DELETE CASCADE
);

CREATE TABLE operations (
	id INTEGER NOT NULL, 
	uid CHAR(32) NOT NULL, 
	at DATETIME NOT NULL, 
	author VARCHAR(200), 
	source VARCHAR(7) NOT NULL, 
	CONSTRAINT pk_operations PRIMARY KEY (id), 
	CONSTRAINT ck_operations_source CHECK (source IN ('form', 'import', 'undo', 'restore', 'merge', 'command', 'sync', 'system'))
);

CREATE TABLE field_changes (
	id INTEGER NOT NULL, 
	operation_id INTEGER, 
	table_name VARCHAR(64) NOT NULL, 
	record_uid CHAR(32) NOT NULL, 
	account_id INTEGER, 
	kind VARCHAR(6) NOT NULL, 
	field VARCHAR(64) NOT NULL, 
	old_value BLOB, 
	new_value BLOB, 
	CONSTRAINT pk_field_changes PRIMARY KEY (id), 
	CONSTRAINT ck_field_changes_kind CHECK (kind IN ('create', 'update', 'delete'))
);

CREATE TABLE settings (
	"key" VARCHAR(64) NOT NULL, 
	value JSON NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	uid CHAR(32) DEFAULT '' NOT NULL, 
	updated_by VARCHAR(200), 
	CONSTRAINT pk_settings PRIMARY KEY ("key")
);

CREATE TABLE sync_state (
	"key" VARCHAR(40) NOT NULL, 
	value JSON NOT NULL, 
	CONSTRAINT pk_sync_state PRIMARY KEY ("key")
);

CREATE TABLE sync_records (
	record_uid VARCHAR(36) NOT NULL, 
	version BIGINT NOT NULL, 
	held JSON, 
	CONSTRAINT pk_sync_records PRIMARY KEY (record_uid)
);

CREATE TABLE account_shares (
	id INTEGER NOT NULL, 
	account_id INTEGER NOT NULL, 
	colleague_id INTEGER NOT NULL, 
	created_at DATETIME NOT NULL, 
	updated_at DATETIME NOT NULL, 
	uid CHAR(32) DEFAULT ('') NOT NULL, 
	updated_by VARCHAR(200), 
	CONSTRAINT pk_account_shares PRIMARY KEY (id), 
	CONSTRAINT fk_account_shares_account_id_accounts FOREIGN KEY(account_id) REFERENCES accounts (id) ON DELETE CASCADE, 
	CONSTRAINT fk_account_shares_colleague_id_colleagues FOREIGN KEY(colleague_id) REFERENCES colleagues (id) ON DELETE CASCADE, 
	CONSTRAINT uq_account_shares_account_id_colleague_id UNIQUE (account_id, colleague_id)
);

CREATE INDEX ix_accounts_country ON accounts (country);

CREATE INDEX ix_accounts_email_domain ON accounts (email_domain);

CREATE INDEX ix_accounts_owner_id ON accounts (owner_id);

CREATE INDEX ix_accounts_parent_id ON accounts (parent_id);

CREATE INDEX ix_accounts_sector ON accounts (sector);

CREATE INDEX ix_accounts_status ON accounts (status);

CREATE INDEX ix_accounts_tier ON accounts (tier);

CREATE INDEX ix_contacts_account_id ON contacts (account_id);

CREATE UNIQUE INDEX uq_contacts_one_primary ON contacts (account_id) WHERE is_primary = 1;

CREATE INDEX ix_contracts_account_id ON contracts (account_id);

CREATE INDEX ix_contracts_ends_on ON contracts (ends_on);

CREATE INDEX ix_incidents_account_reported ON incidents (account_id, reported_at);

CREATE INDEX ix_incidents_status_severity ON incidents (status, severity);

CREATE INDEX ix_market_notes_account_id ON market_notes (account_id);

CREATE INDEX ix_meetings_account_start ON meetings (account_id, starts_at);

CREATE INDEX ix_meetings_starts_at ON meetings (starts_at);

CREATE INDEX ix_opportunities_account_id ON opportunities (account_id);

CREATE INDEX ix_opportunities_stage_close ON opportunities (stage, expected_close);

CREATE INDEX ix_action_items_account_id ON action_items (account_id);

CREATE INDEX ix_action_items_incident_id ON action_items (incident_id);

CREATE INDEX ix_action_items_meeting_id ON action_items (meeting_id);

CREATE INDEX ix_action_items_status_due ON action_items (status, due_on);

CREATE INDEX ix_compensations_incident_id ON compensations (incident_id);

CREATE INDEX ix_incident_events_incident ON incident_events (incident_id, occurred_at);

CREATE INDEX ix_incident_status_changes_incident ON incident_status_changes (incident_id, changed_at);

CREATE INDEX ix_interactions_account_time ON interactions (account_id, occurred_at);

CREATE INDEX ix_interactions_contact_id ON interactions (contact_id);

CREATE INDEX ix_meeting_attendees_colleague_id ON meeting_attendees (colleague_id);

CREATE INDEX ix_meeting_attendees_contact_id ON meeting_attendees (contact_id);

CREATE INDEX ix_meeting_attendees_meeting_id ON meeting_attendees (meeting_id);

CREATE INDEX ix_proposals_account_id ON proposals (account_id);

CREATE INDEX ix_proposals_opportunity_id ON proposals (opportunity_id);

CREATE INDEX ix_survey_responses_account_day ON survey_responses (account_id, responded_on);

CREATE INDEX ix_accounts_name_nocase ON accounts (name COLLATE NOCASE);

CREATE INDEX ix_contacts_email_nocase ON contacts (email COLLATE NOCASE);

CREATE INDEX ix_incidents_severity_reported ON incidents (severity, reported_at, id);

CREATE INDEX ix_compensations_granted_on ON compensations (granted_on);

CREATE INDEX ix_health_snapshots_month_score ON health_snapshots (month, score);

CREATE INDEX ix_survey_responses_contact_id ON survey_responses (contact_id);

CREATE INDEX ix_incident_events_contact_id ON incident_events (contact_id);

CREATE INDEX ix_health_snapshots_month_account_score ON health_snapshots (month, account_id, score);

CREATE UNIQUE INDEX ix_operations_uid ON operations (uid);

CREATE INDEX ix_operations_at ON operations (at);

CREATE INDEX ix_field_changes_operation_id ON field_changes (operation_id);

CREATE INDEX ix_field_changes_record ON field_changes (record_uid, id);

CREATE INDEX ix_field_changes_account ON field_changes (account_id, id);

CREATE UNIQUE INDEX ix_settings_uid ON settings (uid);

CREATE UNIQUE INDEX ix_colleagues_uid ON colleagues (uid);

CREATE UNIQUE INDEX ix_products_uid ON products (uid);

CREATE UNIQUE INDEX ix_accounts_uid ON accounts (uid);

CREATE UNIQUE INDEX ix_account_budgets_uid ON account_budgets (uid);

CREATE UNIQUE INDEX ix_agreed_kpis_uid ON agreed_kpis (uid);

CREATE UNIQUE INDEX ix_contacts_uid ON contacts (uid);

CREATE UNIQUE INDEX ix_contracts_uid ON contracts (uid);

CREATE UNIQUE INDEX ix_incidents_uid ON incidents (uid);

CREATE UNIQUE INDEX ix_market_notes_uid ON market_notes (uid);

CREATE UNIQUE INDEX ix_meetings_uid ON meetings (uid);

CREATE UNIQUE INDEX ix_opportunities_uid ON opportunities (uid);

CREATE UNIQUE INDEX ix_revenue_records_uid ON revenue_records (uid);

CREATE UNIQUE INDEX ix_action_items_uid ON action_items (uid);

CREATE UNIQUE INDEX ix_compensations_uid ON compensations (uid);

CREATE UNIQUE INDEX ix_incident_events_uid ON incident_events (uid);

CREATE UNIQUE INDEX ix_incident_status_changes_uid ON incident_status_changes (uid);

CREATE UNIQUE INDEX ix_incident_teams_uid ON incident_teams (uid);

CREATE UNIQUE INDEX ix_interactions_uid ON interactions (uid);

CREATE UNIQUE INDEX ix_kpi_measurements_uid ON kpi_measurements (uid);

CREATE UNIQUE INDEX ix_meeting_attendees_uid ON meeting_attendees (uid);

CREATE UNIQUE INDEX ix_meeting_exceptions_uid ON meeting_exceptions (uid);

CREATE UNIQUE INDEX ix_proposals_uid ON proposals (uid);

CREATE UNIQUE INDEX ix_survey_responses_uid ON survey_responses (uid);

CREATE UNIQUE INDEX ix_proposal_versions_uid ON proposal_versions (uid);

CREATE UNIQUE INDEX ix_proposal_line_items_uid ON proposal_line_items (uid);

CREATE UNIQUE INDEX ix_proposal_phases_uid ON proposal_phases (uid);

CREATE UNIQUE INDEX ix_proposal_roi_uid ON proposal_roi (uid);

CREATE UNIQUE INDEX ix_proposal_sections_uid ON proposal_sections (uid);

CREATE INDEX ix_survey_responses_day_score_account ON survey_responses (responded_on, score, account_id);

CREATE INDEX ix_kpi_measurements_kpi_day_value ON kpi_measurements (kpi_id, measured_on, value);

CREATE INDEX ix_revenue_records_period_figures ON revenue_records (period, account_id, revenue, cost);

CREATE INDEX ix_account_shares_colleague_id ON account_shares (colleague_id);

CREATE UNIQUE INDEX ix_account_shares_uid ON account_shares (uid);

CREATE INDEX ix_action_items_owner_colleague_id ON action_items (owner_colleague_id);

CREATE INDEX ix_incidents_owner_id ON incidents (owner_id);

CREATE INDEX ix_incident_teams_team ON incident_teams (team);

CREATE TRIGGER search_index_accounts_insert AFTER INSERT ON accounts BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 1, new.name, coalesce(new.description, ''), 'account', new.id, new.id); END;

CREATE TRIGGER search_index_accounts_update AFTER UPDATE OF name, description ON accounts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 1; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 1, new.name, coalesce(new.description, ''), 'account', new.id, new.id); END;

CREATE TRIGGER search_index_accounts_delete AFTER DELETE ON accounts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 1; END;

CREATE TRIGGER search_index_contacts_insert AFTER INSERT ON contacts BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 2, new.first_name || ' ' || new.last_name, coalesce(new.email, '') || ' ' || coalesce(new.job_title, ''), 'contact', new.id, new.account_id); END;

CREATE TRIGGER search_index_contacts_update AFTER UPDATE OF first_name, last_name, email, job_title ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 2; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 2, new.first_name || ' ' || new.last_name, coalesce(new.email, '') || ' ' || coalesce(new.job_title, ''), 'contact', new.id, new.account_id); END;

CREATE TRIGGER search_index_contacts_delete AFTER DELETE ON contacts BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 2; END;

CREATE TRIGGER search_index_meetings_insert AFTER INSERT ON meetings BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 3, new.title, coalesce(new.agenda, '') || ' ' || coalesce(new.minutes, '') || ' ' || coalesce(new.outcome, ''), 'meeting', new.id, new.account_id); END;

CREATE TRIGGER search_index_meetings_update AFTER UPDATE OF title, agenda, minutes, outcome ON meetings BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 3, new.title, coalesce(new.agenda, '') || ' ' || coalesce(new.minutes, '') || ' ' || coalesce(new.outcome, ''), 'meeting', new.id, new.account_id); END;

CREATE TRIGGER search_index_meetings_delete AFTER DELETE ON meetings BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 3; END;

CREATE TRIGGER search_index_proposal_sections_insert AFTER INSERT ON proposal_sections BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 4, new.title, new.body_html, 'proposal', (SELECT proposal_id FROM proposal_versions WHERE id = new.version_id), (SELECT p.account_id FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id WHERE v.id = new.version_id)); END;

CREATE TRIGGER search_index_proposal_sections_update AFTER UPDATE OF title, body_html ON proposal_sections BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 4; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 4, new.title, new.body_html, 'proposal', (SELECT proposal_id FROM proposal_versions WHERE id = new.version_id), (SELECT p.account_id FROM proposals p JOIN proposal_versions v ON v.proposal_id = p.id WHERE v.id = new.version_id)); END;

CREATE TRIGGER search_index_proposal_sections_delete AFTER DELETE ON proposal_sections BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 4; END;

CREATE TRIGGER search_index_incidents_insert AFTER INSERT ON incidents BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 5, new.title, coalesce(new.description, '') || ' ' || coalesce(new.client_impact, '') || ' ' || coalesce(new.root_cause, '') || ' ' || coalesce(new.resolution, '') || ' ' || coalesce(new.lessons_learned, ''), 'incident', new.id, new.account_id); END;

CREATE TRIGGER search_index_incidents_update AFTER UPDATE OF title, description, client_impact, root_cause, resolution, lessons_learned ON incidents BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 5; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 5, new.title, coalesce(new.description, '') || ' ' || coalesce(new.client_impact, '') || ' ' || coalesce(new.root_cause, '') || ' ' || coalesce(new.resolution, '') || ' ' || coalesce(new.lessons_learned, ''), 'incident', new.id, new.account_id); END;

CREATE TRIGGER search_index_incidents_delete AFTER DELETE ON incidents BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 5; END;

CREATE TRIGGER search_index_incident_events_insert AFTER INSERT ON incident_events BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 6, '', new.description, 'incident', new.incident_id, (SELECT account_id FROM incidents WHERE id = new.incident_id)); END;

CREATE TRIGGER search_index_incident_events_update AFTER UPDATE OF description ON incident_events BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 6; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 6, '', new.description, 'incident', new.incident_id, (SELECT account_id FROM incidents WHERE id = new.incident_id)); END;

CREATE TRIGGER search_index_incident_events_delete AFTER DELETE ON incident_events BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 6; END;

CREATE TRIGGER search_index_market_notes_insert AFTER INSERT ON market_notes BEGIN INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 7, new.title, coalesce(new.body, ''), 'note', new.id, new.account_id); END;

CREATE TRIGGER search_index_market_notes_update AFTER UPDATE OF title, body ON market_notes BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 7; INSERT INTO search_index(rowid, title, body, kind, record_id, account_id) VALUES (new.id * 8 + 7, new.title, coalesce(new.body, ''), 'note', new.id, new.account_id); END;

CREATE TRIGGER search_index_market_notes_delete AFTER DELETE ON market_notes BEGIN DELETE FROM search_index WHERE rowid = old.id * 8 + 7; END;

CREATE TRIGGER history_colleagues_insert AFTER INSERT ON colleagues BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'colleagues', new.uid, NULL, 'create', '*', NULL, json_object('name', iif(typeof(new."name") = 'blob', hex(new."name"), new."name"), 'email', iif(typeof(new."email") = 'blob', hex(new."email"), new."email"), 'team', iif(typeof(new."team") = 'blob', hex(new."team"), new."team"), 'is_me', iif(typeof(new."is_me") = 'blob', hex(new."is_me"), new."is_me"), 'active', iif(typeof(new."active") = 'blob', hex(new."active"), new."active"), 'mentor_id', iif(typeof(new."mentor_id") = 'blob', hex(new."mentor_id"), new."mentor_id")); END;

CREATE TRIGGER history_colleagues_update AFTER UPDATE ON colleagues BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'colleagues', new.uid, NULL, 'update', f, a, b FROM (SELECT 'name' AS f, old."name" AS a, new."name" AS b UNION ALL SELECT 'email', old."email", new."email" UNION ALL SELECT 'team', old."team", new."team" UNION ALL SELECT 'is_me', old."is_me", new."is_me" UNION ALL SELECT 'active', old."active", new."active" UNION ALL SELECT 'mentor_id', old."mentor_id", new."mentor_id") WHERE a IS NOT b; END;

CREATE TRIGGER history_colleagues_delete AFTER DELETE ON colleagues BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'colleagues', old.uid, NULL, 'delete', '*', json_object('name', iif(typeof(old."name") = 'blob', hex(old."name"), old."name"), 'email', iif(typeof(old."email") = 'blob', hex(old."email"), old."email"), 'team', iif(typeof(old."team") = 'blob', hex(old."team"), old."team"), 'is_me', iif(typeof(old."is_me") = 'blob', hex(old."is_me"), old."is_me"), 'active', iif(typeof(old."active") = 'blob', hex(old."active"), old."active"), 'mentor_id', iif(typeof(old."mentor_id") = 'blob', hex(old."mentor_id"), old."mentor_id")), NULL; END;

CREATE TRIGGER history_products_insert AFTER INSERT ON products BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'products', new.uid, NULL, 'create', '*', NULL, json_object('code', iif(typeof(new."code") = 'blob', hex(new."code"), new."code"), 'name', iif(typeof(new."name") = 'blob', hex(new."name"), new."name"), 'description', iif(typeof(new."description") = 'blob', hex(new."description"), new."description"), 'unit', iif(typeof(new."unit") = 'blob', hex(new."unit"), new."unit"), 'unit_price', iif(typeof(new."unit_price") = 'blob', hex(new."unit_price"), new."unit_price"), 'currency', iif(typeof(new."currency") = 'blob', hex(new."currency"), new."currency"), 'tax_rate', iif(typeof(new."tax_rate") = 'blob', hex(new."tax_rate"), new."tax_rate"), 'retired', iif(typeof(new."retired") = 'blob', hex(new."retired"), new."retired")); END;

CREATE TRIGGER history_products_update AFTER UPDATE ON products BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'products', new.uid, NULL, 'update', f, a, b FROM (SELECT 'code' AS f, old."code" AS a, new."code" AS b UNION ALL SELECT 'name', old."name", new."name" UNION ALL SELECT 'description', old."description", new."description" UNION ALL SELECT 'unit', old."unit", new."unit" UNION ALL SELECT 'unit_price', old."unit_price", new."unit_price" UNION ALL SELECT 'currency', old."currency", new."currency" UNION ALL SELECT 'tax_rate', old."tax_rate", new."tax_rate" UNION ALL SELECT 'retired', old."retired", new."retired") WHERE a IS NOT b; END;

CREATE TRIGGER history_products_delete AFTER DELETE ON products BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'products', old.uid, NULL, 'delete', '*', json_object('code', iif(typeof(old."code") = 'blob', hex(old."code"), old."code"), 'name', iif(typeof(old."name") = 'blob', hex(old."name"), old."name"), 'description', iif(typeof(old."description") = 'blob', hex(old."description"), old."description"), 'unit', iif(typeof(old."unit") = 'blob', hex(old."unit"), old."unit"), 'unit_price', iif(typeof(old."unit_price") = 'blob', hex(old."unit_price"), old."unit_price"), 'currency', iif(typeof(old."currency") = 'blob', hex(old."currency"), old."currency"), 'tax_rate', iif(typeof(old."tax_rate") = 'blob', hex(old."tax_rate"), old."tax_rate"), 'retired', iif(typeof(old."retired") = 'blob', hex(old."retired"), old."retired")), NULL; END;

CREATE TRIGGER history_settings_insert AFTER INSERT ON settings BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'settings', new.uid, NULL, 'create', '*', NULL, json_object('key', iif(typeof(new."key") = 'blob', hex(new."key"), new."key"), 'value', iif(typeof(new."value") = 'blob', hex(new."value"), new."value")); END;

CREATE TRIGGER history_settings_update AFTER UPDATE ON settings BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'settings', new.uid, NULL, 'update', f, a, b FROM (SELECT 'key' AS f, old."key" AS a, new."key" AS b UNION ALL SELECT 'value', old."value", new."value") WHERE a IS NOT b; END;

CREATE TRIGGER history_settings_delete AFTER DELETE ON settings BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'settings', old.uid, NULL, 'delete', '*', json_object('key', iif(typeof(old."key") = 'blob', hex(old."key"), old."key"), 'value', iif(typeof(old."value") = 'blob', hex(old."value"), old."value")), NULL; END;

CREATE TRIGGER history_accounts_insert AFTER INSERT ON accounts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'accounts', new.uid, new.id, 'create', '*', NULL, json_object('name', iif(typeof(new."name") = 'blob', hex(new."name"), new."name"), 'parent_id', iif(typeof(new."parent_id") = 'blob', hex(new."parent_id"), new."parent_id"), 'sector', iif(typeof(new."sector") = 'blob', hex(new."sector"), new."sector"), 'tier', iif(typeof(new."tier") = 'blob', hex(new."tier"), new."tier"), 'status', iif(typeof(new."status") = 'blob', hex(new."status"), new."status"), 'country', iif(typeof(new."country") = 'blob', hex(new."country"), new."country"), 'time_zone', iif(typeof(new."time_zone") = 'blob', hex(new."time_zone"), new."time_zone"), 'currency', iif(typeof(new."currency") = 'blob', hex(new."currency"), new."currency"), 'owner_id', iif(typeof(new."owner_id") = 'blob', hex(new."owner_id"), new."owner_id"), 'website', iif(typeof(new."website") = 'blob', hex(new."website"), new."website"), 'email_domain', iif(typeof(new."email_domain") = 'blob', hex(new."email_domain"), new."email_domain"), 'external_id', iif(typeof(new."external_id") = 'blob', hex(new."external_id"), new."external_id"), 'client_since', iif(typeof(new."client_since") = 'blob', hex(new."client_since"), new."client_since"), 'churned_on', iif(typeof(new."churned_on") = 'blob', hex(new."churned_on"), new."churned_on"), 'description', iif(typeof(new."description") = 'blob', hex(new."description"), new."description"), 'archived_at', iif(typeof(new."archived_at") = 'blob', hex(new."archived_at"), new."archived_at"), 'won_back_on', iif(typeof(new."won_back_on") = 'blob', hex(new."won_back_on"), new."won_back_on")); END;

CREATE TRIGGER history_accounts_update AFTER UPDATE ON accounts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'accounts', new.uid, new.id, 'update', f, a, b FROM (SELECT 'name' AS f, old."name" AS a, new."name" AS b UNION ALL SELECT 'parent_id', old."parent_id", new."parent_id" UNION ALL SELECT 'sector', old."sector", new."sector" UNION ALL SELECT 'tier', old."tier", new."tier" UNION ALL SELECT 'status', old."status", new."status" UNION ALL SELECT 'country', old."country", new."country" UNION ALL SELECT 'time_zone', old."time_zone", new."time_zone" UNION ALL SELECT 'currency', old."currency", new."currency" UNION ALL SELECT 'owner_id', old."owner_id", new."owner_id" UNION ALL SELECT 'website', old."website", new."website" UNION ALL SELECT 'email_domain', old."email_domain", new."email_domain" UNION ALL SELECT 'external_id', old."external_id", new."external_id" UNION ALL SELECT 'client_since', old."client_since", new."client_since" UNION ALL SELECT 'churned_on', old."churned_on", new."churned_on" UNION ALL SELECT 'description', old."description", new."description" UNION ALL SELECT 'archived_at', old."archived_at", new."archived_at" UNION ALL SELECT 'won_back_on', old."won_back_on", new."won_back_on") WHERE a IS NOT b; END;

CREATE TRIGGER history_accounts_delete AFTER DELETE ON accounts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'accounts', old.uid, old.id, 'delete', '*', json_object('name', iif(typeof(old."name") = 'blob', hex(old."name"), old."name"), 'parent_id', iif(typeof(old."parent_id") = 'blob', hex(old."parent_id"), old."parent_id"), 'sector', iif(typeof(old."sector") = 'blob', hex(old."sector"), old."sector"), 'tier', iif(typeof(old."tier") = 'blob', hex(old."tier"), old."tier"), 'status', iif(typeof(old."status") = 'blob', hex(old."status"), old."status"), 'country', iif(typeof(old."country") = 'blob', hex(old."country"), old."country"), 'time_zone', iif(typeof(old."time_zone") = 'blob', hex(old."time_zone"), old."time_zone"), 'currency', iif(typeof(old."currency") = 'blob', hex(old."currency"), old."currency"), 'owner_id', iif(typeof(old."owner_id") = 'blob', hex(old."owner_id"), old."owner_id"), 'website', iif(typeof(old."website") = 'blob', hex(old."website"), old."website"), 'email_domain', iif(typeof(old."email_domain") = 'blob', hex(old."email_domain"), old."email_domain"), 'external_id', iif(typeof(old."external_id") = 'blob', hex(old."external_id"), old."external_id"), 'client_since', iif(typeof(old."client_since") = 'blob', hex(old."client_since"), old."client_since"), 'churned_on', iif(typeof(old."churned_on") = 'blob', hex(old."churned_on"), old."churned_on"), 'description', iif(typeof(old."description") = 'blob', hex(old."description"), old."description"), 'archived_at', iif(typeof(old."archived_at") = 'blob', hex(old."archived_at"), old."archived_at"), 'won_back_on', iif(typeof(old."won_back_on") = 'blob', hex(old."won_back_on"), old."won_back_on")), NULL; END;

CREATE TRIGGER history_account_budgets_insert AFTER INSERT ON account_budgets BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'account_budgets', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'period', iif(typeof(new."period") = 'blob', hex(new."period"), new."period"), 'planned', iif(typeof(new."planned") = 'blob', hex(new."planned"), new."planned"), 'committed', iif(typeof(new."committed") = 'blob', hex(new."committed"), new."committed"), 'note', iif(typeof(new."note") = 'blob', hex(new."note"), new."note")); END;

CREATE TRIGGER history_account_budgets_update AFTER UPDATE ON account_budgets BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'account_budgets', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'period', old."period", new."period" UNION ALL SELECT 'planned', old."planned", new."planned" UNION ALL SELECT 'committed', old."committed", new."committed" UNION ALL SELECT 'note', old."note", new."note") WHERE a IS NOT b; END;

CREATE TRIGGER history_account_budgets_delete AFTER DELETE ON account_budgets BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'account_budgets', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'period', iif(typeof(old."period") = 'blob', hex(old."period"), old."period"), 'planned', iif(typeof(old."planned") = 'blob', hex(old."planned"), old."planned"), 'committed', iif(typeof(old."committed") = 'blob', hex(old."committed"), old."committed"), 'note', iif(typeof(old."note") = 'blob', hex(old."note"), old."note")), NULL; END;

CREATE TRIGGER history_account_shares_insert AFTER INSERT ON account_shares BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'account_shares', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'colleague_id', iif(typeof(new."colleague_id") = 'blob', hex(new."colleague_id"), new."colleague_id")); END;

CREATE TRIGGER history_account_shares_update AFTER UPDATE ON account_shares BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'account_shares', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'colleague_id', old."colleague_id", new."colleague_id") WHERE a IS NOT b; END;

CREATE TRIGGER history_account_shares_delete AFTER DELETE ON account_shares BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'account_shares', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'colleague_id', iif(typeof(old."colleague_id") = 'blob', hex(old."colleague_id"), old."colleague_id")), NULL; END;

CREATE TRIGGER history_agreed_kpis_insert AFTER INSERT ON agreed_kpis BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'agreed_kpis', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'name', iif(typeof(new."name") = 'blob', hex(new."name"), new."name"), 'unit', iif(typeof(new."unit") = 'blob', hex(new."unit"), new."unit"), 'direction', iif(typeof(new."direction") = 'blob', hex(new."direction"), new."direction"), 'target', iif(typeof(new."target") = 'blob', hex(new."target"), new."target"), 'frequency', iif(typeof(new."frequency") = 'blob', hex(new."frequency"), new."frequency"), 'active', iif(typeof(new."active") = 'blob', hex(new."active"), new."active")); END;

CREATE TRIGGER history_agreed_kpis_update AFTER UPDATE ON agreed_kpis BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'agreed_kpis', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'name', old."name", new."name" UNION ALL SELECT 'unit', old."unit", new."unit" UNION ALL SELECT 'direction', old."direction", new."direction" UNION ALL SELECT 'target', old."target", new."target" UNION ALL SELECT 'frequency', old."frequency", new."frequency" UNION ALL SELECT 'active', old."active", new."active") WHERE a IS NOT b; END;

CREATE TRIGGER history_agreed_kpis_delete AFTER DELETE ON agreed_kpis BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'agreed_kpis', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'name', iif(typeof(old."name") = 'blob', hex(old."name"), old."name"), 'unit', iif(typeof(old."unit") = 'blob', hex(old."unit"), old."unit"), 'direction', iif(typeof(old."direction") = 'blob', hex(old."direction"), old."direction"), 'target', iif(typeof(old."target") = 'blob', hex(old."target"), old."target"), 'frequency', iif(typeof(old."frequency") = 'blob', hex(old."frequency"), old."frequency"), 'active', iif(typeof(old."active") = 'blob', hex(old."active"), old."active")), NULL; END;

CREATE TRIGGER history_contacts_insert AFTER INSERT ON contacts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'contacts', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'first_name', iif(typeof(new."first_name") = 'blob', hex(new."first_name"), new."first_name"), 'last_name', iif(typeof(new."last_name") = 'blob', hex(new."last_name"), new."last_name"), 'email', iif(typeof(new."email") = 'blob', hex(new."email"), new."email"), 'phone', iif(typeof(new."phone") = 'blob', hex(new."phone"), new."phone"), 'job_title', iif(typeof(new."job_title") = 'blob', hex(new."job_title"), new."job_title"), 'decision_role', iif(typeof(new."decision_role") = 'blob', hex(new."decision_role"), new."decision_role"), 'preferred_channel', iif(typeof(new."preferred_channel") = 'blob', hex(new."preferred_channel"), new."preferred_channel"), 'language', iif(typeof(new."language") = 'blob', hex(new."language"), new."language"), 'is_primary', iif(typeof(new."is_primary") = 'blob', hex(new."is_primary"), new."is_primary"), 'external_id', iif(typeof(new."external_id") = 'blob', hex(new."external_id"), new."external_id")); END;

CREATE TRIGGER history_contacts_update AFTER UPDATE ON contacts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'contacts', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'first_name', old."first_name", new."first_name" UNION ALL SELECT 'last_name', old."last_name", new."last_name" UNION ALL SELECT 'email', old."email", new."email" UNION ALL SELECT 'phone', old."phone", new."phone" UNION ALL SELECT 'job_title', old."job_title", new."job_title" UNION ALL SELECT 'decision_role', old."decision_role", new."decision_role" UNION ALL SELECT 'preferred_channel', old."preferred_channel", new."preferred_channel" UNION ALL SELECT 'language', old."language", new."language" UNION ALL SELECT 'is_primary', old."is_primary", new."is_primary" UNION ALL SELECT 'external_id', old."external_id", new."external_id") WHERE a IS NOT b; END;

CREATE TRIGGER history_contacts_delete AFTER DELETE ON contacts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'contacts', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'first_name', iif(typeof(old."first_name") = 'blob', hex(old."first_name"), old."first_name"), 'last_name', iif(typeof(old."last_name") = 'blob', hex(old."last_name"), old."last_name"), 'email', iif(typeof(old."email") = 'blob', hex(old."email"), old."email"), 'phone', iif(typeof(old."phone") = 'blob', hex(old."phone"), old."phone"), 'job_title', iif(typeof(old."job_title") = 'blob', hex(old."job_title"), old."job_title"), 'decision_role', iif(typeof(old."decision_role") = 'blob', hex(old."decision_role"), old."decision_role"), 'preferred_channel', iif(typeof(old."preferred_channel") = 'blob', hex(old."preferred_channel"), old."preferred_channel"), 'language', iif(typeof(old."language") = 'blob', hex(old."language"), old."language"), 'is_primary', iif(typeof(old."is_primary") = 'blob', hex(old."is_primary"), old."is_primary"), 'external_id', iif(typeof(old."external_id") = 'blob', hex(old."external_id"), old."external_id")), NULL; END;

CREATE TRIGGER history_contracts_insert AFTER INSERT ON contracts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'contracts', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'starts_on', iif(typeof(new."starts_on") = 'blob', hex(new."starts_on"), new."starts_on"), 'ends_on', iif(typeof(new."ends_on") = 'blob', hex(new."ends_on"), new."ends_on"), 'annual_value', iif(typeof(new."annual_value") = 'blob', hex(new."annual_value"), new."annual_value"), 'currency', iif(typeof(new."currency") = 'blob', hex(new."currency"), new."currency"), 'notice_days', iif(typeof(new."notice_days") = 'blob', hex(new."notice_days"), new."notice_days"), 'renewal_status', iif(typeof(new."renewal_status") = 'blob', hex(new."renewal_status"), new."renewal_status"), 'external_id', iif(typeof(new."external_id") = 'blob', hex(new."external_id"), new."external_id")); END;

CREATE TRIGGER history_contracts_update AFTER UPDATE ON contracts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'contracts', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'starts_on', old."starts_on", new."starts_on" UNION ALL SELECT 'ends_on', old."ends_on", new."ends_on" UNION ALL SELECT 'annual_value', old."annual_value", new."annual_value" UNION ALL SELECT 'currency', old."currency", new."currency" UNION ALL SELECT 'notice_days', old."notice_days", new."notice_days" UNION ALL SELECT 'renewal_status', old."renewal_status", new."renewal_status" UNION ALL SELECT 'external_id', old."external_id", new."external_id") WHERE a IS NOT b; END;

CREATE TRIGGER history_contracts_delete AFTER DELETE ON contracts BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'contracts', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'starts_on', iif(typeof(old."starts_on") = 'blob', hex(old."starts_on"), old."starts_on"), 'ends_on', iif(typeof(old."ends_on") = 'blob', hex(old."ends_on"), old."ends_on"), 'annual_value', iif(typeof(old."annual_value") = 'blob', hex(old."annual_value"), old."annual_value"), 'currency', iif(typeof(old."currency") = 'blob', hex(old."currency"), old."currency"), 'notice_days', iif(typeof(old."notice_days") = 'blob', hex(old."notice_days"), old."notice_days"), 'renewal_status', iif(typeof(old."renewal_status") = 'blob', hex(old."renewal_status"), old."renewal_status"), 'external_id', iif(typeof(old."external_id") = 'blob', hex(old."external_id"), old."external_id")), NULL; END;

CREATE TRIGGER history_incidents_insert AFTER INSERT ON incidents BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incidents', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'description', iif(typeof(new."description") = 'blob', hex(new."description"), new."description"), 'category', iif(typeof(new."category") = 'blob', hex(new."category"), new."category"), 'severity', iif(typeof(new."severity") = 'blob', hex(new."severity"), new."severity"), 'status', iif(typeof(new."status") = 'blob', hex(new."status"), new."status"), 'owner_id', iif(typeof(new."owner_id") = 'blob', hex(new."owner_id"), new."owner_id"), 'reported_at', iif(typeof(new."reported_at") = 'blob', hex(new."reported_at"), new."reported_at"), 'acknowledged_at', iif(typeof(new."acknowledged_at") = 'blob', hex(new."acknowledged_at"), new."acknowledged_at"), 'resolved_at', iif(typeof(new."resolved_at") = 'blob', hex(new."resolved_at"), new."resolved_at"), 'closed_at', iif(typeof(new."closed_at") = 'blob', hex(new."closed_at"), new."closed_at"), 'client_impact', iif(typeof(new."client_impact") = 'blob', hex(new."client_impact"), new."client_impact"), 'root_cause', iif(typeof(new."root_cause") = 'blob', hex(new."root_cause"), new."root_cause"), 'resolution', iif(typeof(new."resolution") = 'blob', hex(new."resolution"), new."resolution"), 'lessons_learned', iif(typeof(new."lessons_learned") = 'blob', hex(new."lessons_learned"), new."lessons_learned"), 'playbook_response', iif(typeof(new."playbook_response") = 'blob', hex(new."playbook_response"), new."playbook_response"), 'external_id', iif(typeof(new."external_id") = 'blob', hex(new."external_id"), new."external_id")); END;

CREATE TRIGGER history_incidents_update AFTER UPDATE ON incidents BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incidents', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'description', old."description", new."description" UNION ALL SELECT 'category', old."category", new."category" UNION ALL SELECT 'severity', old."severity", new."severity" UNION ALL SELECT 'status', old."status", new."status" UNION ALL SELECT 'owner_id', old."owner_id", new."owner_id" UNION ALL SELECT 'reported_at', old."reported_at", new."reported_at" UNION ALL SELECT 'acknowledged_at', old."acknowledged_at", new."acknowledged_at" UNION ALL SELECT 'resolved_at', old."resolved_at", new."resolved_at" UNION ALL SELECT 'closed_at', old."closed_at", new."closed_at" UNION ALL SELECT 'client_impact', old."client_impact", new."client_impact" UNION ALL SELECT 'root_cause', old."root_cause", new."root_cause" UNION ALL SELECT 'resolution', old."resolution", new."resolution" UNION ALL SELECT 'lessons_learned', old."lessons_learned", new."lessons_learned" UNION ALL SELECT 'playbook_response', old."playbook_response", new."playbook_response" UNION ALL SELECT 'external_id', old."external_id", new."external_id") WHERE a IS NOT b; END;

CREATE TRIGGER history_incidents_delete AFTER DELETE ON incidents BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incidents', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'description', iif(typeof(old."description") = 'blob', hex(old."description"), old."description"), 'category', iif(typeof(old."category") = 'blob', hex(old."category"), old."category"), 'severity', iif(typeof(old."severity") = 'blob', hex(old."severity"), old."severity"), 'status', iif(typeof(old."status") = 'blob', hex(old."status"), old."status"), 'owner_id', iif(typeof(old."owner_id") = 'blob', hex(old."owner_id"), old."owner_id"), 'reported_at', iif(typeof(old."reported_at") = 'blob', hex(old."reported_at"), old."reported_at"), 'acknowledged_at', iif(typeof(old."acknowledged_at") = 'blob', hex(old."acknowledged_at"), old."acknowledged_at"), 'resolved_at', iif(typeof(old."resolved_at") = 'blob', hex(old."resolved_at"), old."resolved_at"), 'closed_at', iif(typeof(old."closed_at") = 'blob', hex(old."closed_at"), old."closed_at"), 'client_impact', iif(typeof(old."client_impact") = 'blob', hex(old."client_impact"), old."client_impact"), 'root_cause', iif(typeof(old."root_cause") = 'blob', hex(old."root_cause"), old."root_cause"), 'resolution', iif(typeof(old."resolution") = 'blob', hex(old."resolution"), old."resolution"), 'lessons_learned', iif(typeof(old."lessons_learned") = 'blob', hex(old."lessons_learned"), old."lessons_learned"), 'playbook_response', iif(typeof(old."playbook_response") = 'blob', hex(old."playbook_response"), old."playbook_response"), 'external_id', iif(typeof(old."external_id") = 'blob', hex(old."external_id"), old."external_id")), NULL; END;

CREATE TRIGGER history_market_notes_insert AFTER INSERT ON market_notes BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'market_notes', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'kind', iif(typeof(new."kind") = 'blob', hex(new."kind"), new."kind"), 'competitor', iif(typeof(new."competitor") = 'blob', hex(new."competitor"), new."competitor"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'body', iif(typeof(new."body") = 'blob', hex(new."body"), new."body"), 'noted_on', iif(typeof(new."noted_on") = 'blob', hex(new."noted_on"), new."noted_on")); END;

CREATE TRIGGER history_market_notes_update AFTER UPDATE ON market_notes BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'market_notes', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'kind', old."kind", new."kind" UNION ALL SELECT 'competitor', old."competitor", new."competitor" UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'body', old."body", new."body" UNION ALL SELECT 'noted_on', old."noted_on", new."noted_on") WHERE a IS NOT b; END;

CREATE TRIGGER history_market_notes_delete AFTER DELETE ON market_notes BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'market_notes', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'kind', iif(typeof(old."kind") = 'blob', hex(old."kind"), old."kind"), 'competitor', iif(typeof(old."competitor") = 'blob', hex(old."competitor"), old."competitor"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'body', iif(typeof(old."body") = 'blob', hex(old."body"), old."body"), 'noted_on', iif(typeof(old."noted_on") = 'blob', hex(old."noted_on"), old."noted_on")), NULL; END;

CREATE TRIGGER history_meetings_insert AFTER INSERT ON meetings BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meetings', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'kind', iif(typeof(new."kind") = 'blob', hex(new."kind"), new."kind"), 'mode', iif(typeof(new."mode") = 'blob', hex(new."mode"), new."mode"), 'location', iif(typeof(new."location") = 'blob', hex(new."location"), new."location"), 'link', iif(typeof(new."link") = 'blob', hex(new."link"), new."link"), 'starts_at', iif(typeof(new."starts_at") = 'blob', hex(new."starts_at"), new."starts_at"), 'ends_at', iif(typeof(new."ends_at") = 'blob', hex(new."ends_at"), new."ends_at"), 'time_zone', iif(typeof(new."time_zone") = 'blob', hex(new."time_zone"), new."time_zone"), 'rrule', iif(typeof(new."rrule") = 'blob', hex(new."rrule"), new."rrule"), 'ical_uid', iif(typeof(new."ical_uid") = 'blob', hex(new."ical_uid"), new."ical_uid"), 'agenda', iif(typeof(new."agenda") = 'blob', hex(new."agenda"), new."agenda"), 'minutes', iif(typeof(new."minutes") = 'blob', hex(new."minutes"), new."minutes"), 'outcome', iif(typeof(new."outcome") = 'blob', hex(new."outcome"), new."outcome"), 'all_day', iif(typeof(new."all_day") = 'blob', hex(new."all_day"), new."all_day")); END;

CREATE TRIGGER history_meetings_update AFTER UPDATE ON meetings BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meetings', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'kind', old."kind", new."kind" UNION ALL SELECT 'mode', old."mode", new."mode" UNION ALL SELECT 'location', old."location", new."location" UNION ALL SELECT 'link', old."link", new."link" UNION ALL SELECT 'starts_at', old."starts_at", new."starts_at" UNION ALL SELECT 'ends_at', old."ends_at", new."ends_at" UNION ALL SELECT 'time_zone', old."time_zone", new."time_zone" UNION ALL SELECT 'rrule', old."rrule", new."rrule" UNION ALL SELECT 'ical_uid', old."ical_uid", new."ical_uid" UNION ALL SELECT 'agenda', old."agenda", new."agenda" UNION ALL SELECT 'minutes', old."minutes", new."minutes" UNION ALL SELECT 'outcome', old."outcome", new."outcome" UNION ALL SELECT 'all_day', old."all_day", new."all_day") WHERE a IS NOT b; END;

CREATE TRIGGER history_meetings_delete AFTER DELETE ON meetings BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meetings', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'kind', iif(typeof(old."kind") = 'blob', hex(old."kind"), old."kind"), 'mode', iif(typeof(old."mode") = 'blob', hex(old."mode"), old."mode"), 'location', iif(typeof(old."location") = 'blob', hex(old."location"), old."location"), 'link', iif(typeof(old."link") = 'blob', hex(old."link"), old."link"), 'starts_at', iif(typeof(old."starts_at") = 'blob', hex(old."starts_at"), old."starts_at"), 'ends_at', iif(typeof(old."ends_at") = 'blob', hex(old."ends_at"), old."ends_at"), 'time_zone', iif(typeof(old."time_zone") = 'blob', hex(old."time_zone"), old."time_zone"), 'rrule', iif(typeof(old."rrule") = 'blob', hex(old."rrule"), old."rrule"), 'ical_uid', iif(typeof(old."ical_uid") = 'blob', hex(old."ical_uid"), old."ical_uid"), 'agenda', iif(typeof(old."agenda") = 'blob', hex(old."agenda"), old."agenda"), 'minutes', iif(typeof(old."minutes") = 'blob', hex(old."minutes"), old."minutes"), 'outcome', iif(typeof(old."outcome") = 'blob', hex(old."outcome"), old."outcome"), 'all_day', iif(typeof(old."all_day") = 'blob', hex(old."all_day"), old."all_day")), NULL; END;

CREATE TRIGGER history_opportunities_insert AFTER INSERT ON opportunities BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'opportunities', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'name', iif(typeof(new."name") = 'blob', hex(new."name"), new."name"), 'kind', iif(typeof(new."kind") = 'blob', hex(new."kind"), new."kind"), 'stage', iif(typeof(new."stage") = 'blob', hex(new."stage"), new."stage"), 'amount', iif(typeof(new."amount") = 'blob', hex(new."amount"), new."amount"), 'currency', iif(typeof(new."currency") = 'blob', hex(new."currency"), new."currency"), 'probability', iif(typeof(new."probability") = 'blob', hex(new."probability"), new."probability"), 'expected_close', iif(typeof(new."expected_close") = 'blob', hex(new."expected_close"), new."expected_close"), 'external_id', iif(typeof(new."external_id") = 'blob', hex(new."external_id"), new."external_id")); END;

CREATE TRIGGER history_opportunities_update AFTER UPDATE ON opportunities BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'opportunities', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'name', old."name", new."name" UNION ALL SELECT 'kind', old."kind", new."kind" UNION ALL SELECT 'stage', old."stage", new."stage" UNION ALL SELECT 'amount', old."amount", new."amount" UNION ALL SELECT 'currency', old."currency", new."currency" UNION ALL SELECT 'probability', old."probability", new."probability" UNION ALL SELECT 'expected_close', old."expected_close", new."expected_close" UNION ALL SELECT 'external_id', old."external_id", new."external_id") WHERE a IS NOT b; END;

CREATE TRIGGER history_opportunities_delete AFTER DELETE ON opportunities BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'opportunities', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'name', iif(typeof(old."name") = 'blob', hex(old."name"), old."name"), 'kind', iif(typeof(old."kind") = 'blob', hex(old."kind"), old."kind"), 'stage', iif(typeof(old."stage") = 'blob', hex(old."stage"), old."stage"), 'amount', iif(typeof(old."amount") = 'blob', hex(old."amount"), old."amount"), 'currency', iif(typeof(old."currency") = 'blob', hex(old."currency"), old."currency"), 'probability', iif(typeof(old."probability") = 'blob', hex(old."probability"), old."probability"), 'expected_close', iif(typeof(old."expected_close") = 'blob', hex(old."expected_close"), old."expected_close"), 'external_id', iif(typeof(old."external_id") = 'blob', hex(old."external_id"), old."external_id")), NULL; END;

CREATE TRIGGER history_revenue_records_insert AFTER INSERT ON revenue_records BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'revenue_records', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'period', iif(typeof(new."period") = 'blob', hex(new."period"), new."period"), 'revenue', iif(typeof(new."revenue") = 'blob', hex(new."revenue"), new."revenue"), 'cost', iif(typeof(new."cost") = 'blob', hex(new."cost"), new."cost")); END;

CREATE TRIGGER history_revenue_records_update AFTER UPDATE ON revenue_records BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'revenue_records', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'period', old."period", new."period" UNION ALL SELECT 'revenue', old."revenue", new."revenue" UNION ALL SELECT 'cost', old."cost", new."cost") WHERE a IS NOT b; END;

CREATE TRIGGER history_revenue_records_delete AFTER DELETE ON revenue_records BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'revenue_records', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'period', iif(typeof(old."period") = 'blob', hex(old."period"), old."period"), 'revenue', iif(typeof(old."revenue") = 'blob', hex(old."revenue"), old."revenue"), 'cost', iif(typeof(old."cost") = 'blob', hex(old."cost"), old."cost")), NULL; END;

CREATE TRIGGER history_action_items_insert AFTER INSERT ON action_items BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'action_items', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'meeting_id', iif(typeof(new."meeting_id") = 'blob', hex(new."meeting_id"), new."meeting_id"), 'incident_id', iif(typeof(new."incident_id") = 'blob', hex(new."incident_id"), new."incident_id"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'details', iif(typeof(new."details") = 'blob', hex(new."details"), new."details"), 'owner_colleague_id', iif(typeof(new."owner_colleague_id") = 'blob', hex(new."owner_colleague_id"), new."owner_colleague_id"), 'owner_team', iif(typeof(new."owner_team") = 'blob', hex(new."owner_team"), new."owner_team"), 'due_on', iif(typeof(new."due_on") = 'blob', hex(new."due_on"), new."due_on"), 'status', iif(typeof(new."status") = 'blob', hex(new."status"), new."status"), 'completed_at', iif(typeof(new."completed_at") = 'blob', hex(new."completed_at"), new."completed_at")); END;

CREATE TRIGGER history_action_items_update AFTER UPDATE ON action_items BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'action_items', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'meeting_id', old."meeting_id", new."meeting_id" UNION ALL SELECT 'incident_id', old."incident_id", new."incident_id" UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'details', old."details", new."details" UNION ALL SELECT 'owner_colleague_id', old."owner_colleague_id", new."owner_colleague_id" UNION ALL SELECT 'owner_team', old."owner_team", new."owner_team" UNION ALL SELECT 'due_on', old."due_on", new."due_on" UNION ALL SELECT 'status', old."status", new."status" UNION ALL SELECT 'completed_at', old."completed_at", new."completed_at") WHERE a IS NOT b; END;

CREATE TRIGGER history_action_items_delete AFTER DELETE ON action_items BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'action_items', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'meeting_id', iif(typeof(old."meeting_id") = 'blob', hex(old."meeting_id"), old."meeting_id"), 'incident_id', iif(typeof(old."incident_id") = 'blob', hex(old."incident_id"), old."incident_id"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'details', iif(typeof(old."details") = 'blob', hex(old."details"), old."details"), 'owner_colleague_id', iif(typeof(old."owner_colleague_id") = 'blob', hex(old."owner_colleague_id"), old."owner_colleague_id"), 'owner_team', iif(typeof(old."owner_team") = 'blob', hex(old."owner_team"), old."owner_team"), 'due_on', iif(typeof(old."due_on") = 'blob', hex(old."due_on"), old."due_on"), 'status', iif(typeof(old."status") = 'blob', hex(old."status"), old."status"), 'completed_at', iif(typeof(old."completed_at") = 'blob', hex(old."completed_at"), old."completed_at")), NULL; END;

CREATE TRIGGER history_compensations_insert AFTER INSERT ON compensations BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'compensations', new.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = new.incident_id), 'create', '*', NULL, json_object('incident_id', iif(typeof(new."incident_id") = 'blob', hex(new."incident_id"), new."incident_id"), 'form', iif(typeof(new."form") = 'blob', hex(new."form"), new."form"), 'amount', iif(typeof(new."amount") = 'blob', hex(new."amount"), new."amount"), 'granted_on', iif(typeof(new."granted_on") = 'blob', hex(new."granted_on"), new."granted_on"), 'note', iif(typeof(new."note") = 'blob', hex(new."note"), new."note")); END;

CREATE TRIGGER history_compensations_update AFTER UPDATE ON compensations BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'compensations', new.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = new.incident_id), 'update', f, a, b FROM (SELECT 'incident_id' AS f, old."incident_id" AS a, new."incident_id" AS b UNION ALL SELECT 'form', old."form", new."form" UNION ALL SELECT 'amount', old."amount", new."amount" UNION ALL SELECT 'granted_on', old."granted_on", new."granted_on" UNION ALL SELECT 'note', old."note", new."note") WHERE a IS NOT b; END;

CREATE TRIGGER history_compensations_delete AFTER DELETE ON compensations BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'compensations', old.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = old.incident_id), 'delete', '*', json_object('incident_id', iif(typeof(old."incident_id") = 'blob', hex(old."incident_id"), old."incident_id"), 'form', iif(typeof(old."form") = 'blob', hex(old."form"), old."form"), 'amount', iif(typeof(old."amount") = 'blob', hex(old."amount"), old."amount"), 'granted_on', iif(typeof(old."granted_on") = 'blob', hex(old."granted_on"), old."granted_on"), 'note', iif(typeof(old."note") = 'blob', hex(old."note"), old."note")), NULL; END;

CREATE TRIGGER history_incident_events_insert AFTER INSERT ON incident_events BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_events', new.uid, (SELECT up0.account_id FROM contacts AS up0 WHERE up0.id = new.contact_id), 'create', '*', NULL, json_object('incident_id', iif(typeof(new."incident_id") = 'blob', hex(new."incident_id"), new."incident_id"), 'occurred_at', iif(typeof(new."occurred_at") = 'blob', hex(new."occurred_at"), new."occurred_at"), 'actor', iif(typeof(new."actor") = 'blob', hex(new."actor"), new."actor"), 'colleague_id', iif(typeof(new."colleague_id") = 'blob', hex(new."colleague_id"), new."colleague_id"), 'contact_id', iif(typeof(new."contact_id") = 'blob', hex(new."contact_id"), new."contact_id"), 'description', iif(typeof(new."description") = 'blob', hex(new."description"), new."description"), 'client_communication', iif(typeof(new."client_communication") = 'blob', hex(new."client_communication"), new."client_communication")); END;

CREATE TRIGGER history_incident_events_update AFTER UPDATE ON incident_events BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_events', new.uid, (SELECT up0.account_id FROM contacts AS up0 WHERE up0.id = new.contact_id), 'update', f, a, b FROM (SELECT 'incident_id' AS f, old."incident_id" AS a, new."incident_id" AS b UNION ALL SELECT 'occurred_at', old."occurred_at", new."occurred_at" UNION ALL SELECT 'actor', old."actor", new."actor" UNION ALL SELECT 'colleague_id', old."colleague_id", new."colleague_id" UNION ALL SELECT 'contact_id', old."contact_id", new."contact_id" UNION ALL SELECT 'description', old."description", new."description" UNION ALL SELECT 'client_communication', old."client_communication", new."client_communication") WHERE a IS NOT b; END;

CREATE TRIGGER history_incident_events_delete AFTER DELETE ON incident_events BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_events', old.uid, (SELECT up0.account_id FROM contacts AS up0 WHERE up0.id = old.contact_id), 'delete', '*', json_object('incident_id', iif(typeof(old."incident_id") = 'blob', hex(old."incident_id"), old."incident_id"), 'occurred_at', iif(typeof(old."occurred_at") = 'blob', hex(old."occurred_at"), old."occurred_at"), 'actor', iif(typeof(old."actor") = 'blob', hex(old."actor"), old."actor"), 'colleague_id', iif(typeof(old."colleague_id") = 'blob', hex(old."colleague_id"), old."colleague_id"), 'contact_id', iif(typeof(old."contact_id") = 'blob', hex(old."contact_id"), old."contact_id"), 'description', iif(typeof(old."description") = 'blob', hex(old."description"), old."description"), 'client_communication', iif(typeof(old."client_communication") = 'blob', hex(old."client_communication"), old."client_communication")), NULL; END;

CREATE TRIGGER history_incident_status_changes_insert AFTER INSERT ON incident_status_changes BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_status_changes', new.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = new.incident_id), 'create', '*', NULL, json_object('incident_id', iif(typeof(new."incident_id") = 'blob', hex(new."incident_id"), new."incident_id"), 'status', iif(typeof(new."status") = 'blob', hex(new."status"), new."status"), 'changed_at', iif(typeof(new."changed_at") = 'blob', hex(new."changed_at"), new."changed_at")); END;

CREATE TRIGGER history_incident_status_changes_update AFTER UPDATE ON incident_status_changes BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_status_changes', new.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = new.incident_id), 'update', f, a, b FROM (SELECT 'incident_id' AS f, old."incident_id" AS a, new."incident_id" AS b UNION ALL SELECT 'status', old."status", new."status" UNION ALL SELECT 'changed_at', old."changed_at", new."changed_at") WHERE a IS NOT b; END;

CREATE TRIGGER history_incident_status_changes_delete AFTER DELETE ON incident_status_changes BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_status_changes', old.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = old.incident_id), 'delete', '*', json_object('incident_id', iif(typeof(old."incident_id") = 'blob', hex(old."incident_id"), old."incident_id"), 'status', iif(typeof(old."status") = 'blob', hex(old."status"), old."status"), 'changed_at', iif(typeof(old."changed_at") = 'blob', hex(old."changed_at"), old."changed_at")), NULL; END;

CREATE TRIGGER history_incident_teams_insert AFTER INSERT ON incident_teams BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_teams', new.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = new.incident_id), 'create', '*', NULL, json_object('incident_id', iif(typeof(new."incident_id") = 'blob', hex(new."incident_id"), new."incident_id"), 'team', iif(typeof(new."team") = 'blob', hex(new."team"), new."team")); END;

CREATE TRIGGER history_incident_teams_update AFTER UPDATE ON incident_teams BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_teams', new.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = new.incident_id), 'update', f, a, b FROM (SELECT 'incident_id' AS f, old."incident_id" AS a, new."incident_id" AS b UNION ALL SELECT 'team', old."team", new."team") WHERE a IS NOT b; END;

CREATE TRIGGER history_incident_teams_delete AFTER DELETE ON incident_teams BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'incident_teams', old.uid, (SELECT up0.account_id FROM incidents AS up0 WHERE up0.id = old.incident_id), 'delete', '*', json_object('incident_id', iif(typeof(old."incident_id") = 'blob', hex(old."incident_id"), old."incident_id"), 'team', iif(typeof(old."team") = 'blob', hex(old."team"), old."team")), NULL; END;

CREATE TRIGGER history_interactions_insert AFTER INSERT ON interactions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'interactions', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'contact_id', iif(typeof(new."contact_id") = 'blob', hex(new."contact_id"), new."contact_id"), 'colleague_id', iif(typeof(new."colleague_id") = 'blob', hex(new."colleague_id"), new."colleague_id"), 'kind', iif(typeof(new."kind") = 'blob', hex(new."kind"), new."kind"), 'occurred_at', iif(typeof(new."occurred_at") = 'blob', hex(new."occurred_at"), new."occurred_at"), 'summary', iif(typeof(new."summary") = 'blob', hex(new."summary"), new."summary")); END;

CREATE TRIGGER history_interactions_update AFTER UPDATE ON interactions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'interactions', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'contact_id', old."contact_id", new."contact_id" UNION ALL SELECT 'colleague_id', old."colleague_id", new."colleague_id" UNION ALL SELECT 'kind', old."kind", new."kind" UNION ALL SELECT 'occurred_at', old."occurred_at", new."occurred_at" UNION ALL SELECT 'summary', old."summary", new."summary") WHERE a IS NOT b; END;

CREATE TRIGGER history_interactions_delete AFTER DELETE ON interactions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'interactions', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'contact_id', iif(typeof(old."contact_id") = 'blob', hex(old."contact_id"), old."contact_id"), 'colleague_id', iif(typeof(old."colleague_id") = 'blob', hex(old."colleague_id"), old."colleague_id"), 'kind', iif(typeof(old."kind") = 'blob', hex(old."kind"), old."kind"), 'occurred_at', iif(typeof(old."occurred_at") = 'blob', hex(old."occurred_at"), old."occurred_at"), 'summary', iif(typeof(old."summary") = 'blob', hex(old."summary"), old."summary")), NULL; END;

CREATE TRIGGER history_kpi_measurements_insert AFTER INSERT ON kpi_measurements BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'kpi_measurements', new.uid, (SELECT up0.account_id FROM agreed_kpis AS up0 WHERE up0.id = new.kpi_id), 'create', '*', NULL, json_object('kpi_id', iif(typeof(new."kpi_id") = 'blob', hex(new."kpi_id"), new."kpi_id"), 'measured_on', iif(typeof(new."measured_on") = 'blob', hex(new."measured_on"), new."measured_on"), 'value', iif(typeof(new."value") = 'blob', hex(new."value"), new."value"), 'note', iif(typeof(new."note") = 'blob', hex(new."note"), new."note")); END;

CREATE TRIGGER history_kpi_measurements_update AFTER UPDATE ON kpi_measurements BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'kpi_measurements', new.uid, (SELECT up0.account_id FROM agreed_kpis AS up0 WHERE up0.id = new.kpi_id), 'update', f, a, b FROM (SELECT 'kpi_id' AS f, old."kpi_id" AS a, new."kpi_id" AS b UNION ALL SELECT 'measured_on', old."measured_on", new."measured_on" UNION ALL SELECT 'value', old."value", new."value" UNION ALL SELECT 'note', old."note", new."note") WHERE a IS NOT b; END;

CREATE TRIGGER history_kpi_measurements_delete AFTER DELETE ON kpi_measurements BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'kpi_measurements', old.uid, (SELECT up0.account_id FROM agreed_kpis AS up0 WHERE up0.id = old.kpi_id), 'delete', '*', json_object('kpi_id', iif(typeof(old."kpi_id") = 'blob', hex(old."kpi_id"), old."kpi_id"), 'measured_on', iif(typeof(old."measured_on") = 'blob', hex(old."measured_on"), old."measured_on"), 'value', iif(typeof(old."value") = 'blob', hex(old."value"), old."value"), 'note', iif(typeof(old."note") = 'blob', hex(old."note"), old."note")), NULL; END;

CREATE TRIGGER history_meeting_attendees_insert AFTER INSERT ON meeting_attendees BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meeting_attendees', new.uid, (SELECT up0.account_id FROM contacts AS up0 WHERE up0.id = new.contact_id), 'create', '*', NULL, json_object('meeting_id', iif(typeof(new."meeting_id") = 'blob', hex(new."meeting_id"), new."meeting_id"), 'contact_id', iif(typeof(new."contact_id") = 'blob', hex(new."contact_id"), new."contact_id"), 'colleague_id', iif(typeof(new."colleague_id") = 'blob', hex(new."colleague_id"), new."colleague_id"), 'role', iif(typeof(new."role") = 'blob', hex(new."role"), new."role")); END;

CREATE TRIGGER history_meeting_attendees_update AFTER UPDATE ON meeting_attendees BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meeting_attendees', new.uid, (SELECT up0.account_id FROM contacts AS up0 WHERE up0.id = new.contact_id), 'update', f, a, b FROM (SELECT 'meeting_id' AS f, old."meeting_id" AS a, new."meeting_id" AS b UNION ALL SELECT 'contact_id', old."contact_id", new."contact_id" UNION ALL SELECT 'colleague_id', old."colleague_id", new."colleague_id" UNION ALL SELECT 'role', old."role", new."role") WHERE a IS NOT b; END;

CREATE TRIGGER history_meeting_attendees_delete AFTER DELETE ON meeting_attendees BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meeting_attendees', old.uid, (SELECT up0.account_id FROM contacts AS up0 WHERE up0.id = old.contact_id), 'delete', '*', json_object('meeting_id', iif(typeof(old."meeting_id") = 'blob', hex(old."meeting_id"), old."meeting_id"), 'contact_id', iif(typeof(old."contact_id") = 'blob', hex(old."contact_id"), old."contact_id"), 'colleague_id', iif(typeof(old."colleague_id") = 'blob', hex(old."colleague_id"), old."colleague_id"), 'role', iif(typeof(old."role") = 'blob', hex(old."role"), old."role")), NULL; END;

CREATE TRIGGER history_meeting_exceptions_insert AFTER INSERT ON meeting_exceptions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meeting_exceptions', new.uid, (SELECT up0.account_id FROM meetings AS up0 WHERE up0.id = new.meeting_id), 'create', '*', NULL, json_object('meeting_id', iif(typeof(new."meeting_id") = 'blob', hex(new."meeting_id"), new."meeting_id"), 'original_start', iif(typeof(new."original_start") = 'blob', hex(new."original_start"), new."original_start"), 'cancelled', iif(typeof(new."cancelled") = 'blob', hex(new."cancelled"), new."cancelled"), 'starts_at', iif(typeof(new."starts_at") = 'blob', hex(new."starts_at"), new."starts_at"), 'ends_at', iif(typeof(new."ends_at") = 'blob', hex(new."ends_at"), new."ends_at"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'location', iif(typeof(new."location") = 'blob', hex(new."location"), new."location"), 'minutes', iif(typeof(new."minutes") = 'blob', hex(new."minutes"), new."minutes")); END;

CREATE TRIGGER history_meeting_exceptions_update AFTER UPDATE ON meeting_exceptions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meeting_exceptions', new.uid, (SELECT up0.account_id FROM meetings AS up0 WHERE up0.id = new.meeting_id), 'update', f, a, b FROM (SELECT 'meeting_id' AS f, old."meeting_id" AS a, new."meeting_id" AS b UNION ALL SELECT 'original_start', old."original_start", new."original_start" UNION ALL SELECT 'cancelled', old."cancelled", new."cancelled" UNION ALL SELECT 'starts_at', old."starts_at", new."starts_at" UNION ALL SELECT 'ends_at', old."ends_at", new."ends_at" UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'location', old."location", new."location" UNION ALL SELECT 'minutes', old."minutes", new."minutes") WHERE a IS NOT b; END;

CREATE TRIGGER history_meeting_exceptions_delete AFTER DELETE ON meeting_exceptions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'meeting_exceptions', old.uid, (SELECT up0.account_id FROM meetings AS up0 WHERE up0.id = old.meeting_id), 'delete', '*', json_object('meeting_id', iif(typeof(old."meeting_id") = 'blob', hex(old."meeting_id"), old."meeting_id"), 'original_start', iif(typeof(old."original_start") = 'blob', hex(old."original_start"), old."original_start"), 'cancelled', iif(typeof(old."cancelled") = 'blob', hex(old."cancelled"), old."cancelled"), 'starts_at', iif(typeof(old."starts_at") = 'blob', hex(old."starts_at"), old."starts_at"), 'ends_at', iif(typeof(old."ends_at") = 'blob', hex(old."ends_at"), old."ends_at"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'location', iif(typeof(old."location") = 'blob', hex(old."location"), old."location"), 'minutes', iif(typeof(old."minutes") = 'blob', hex(old."minutes"), old."minutes")), NULL; END;

CREATE TRIGGER history_proposals_insert AFTER INSERT ON proposals BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposals', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'opportunity_id', iif(typeof(new."opportunity_id") = 'blob', hex(new."opportunity_id"), new."opportunity_id"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title")); END;

CREATE TRIGGER history_proposals_update AFTER UPDATE ON proposals BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposals', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'opportunity_id', old."opportunity_id", new."opportunity_id" UNION ALL SELECT 'title', old."title", new."title") WHERE a IS NOT b; END;

CREATE TRIGGER history_proposals_delete AFTER DELETE ON proposals BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposals', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'opportunity_id', iif(typeof(old."opportunity_id") = 'blob', hex(old."opportunity_id"), old."opportunity_id"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title")), NULL; END;

CREATE TRIGGER history_survey_responses_insert AFTER INSERT ON survey_responses BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'survey_responses', new.uid, new.account_id, 'create', '*', NULL, json_object('account_id', iif(typeof(new."account_id") = 'blob', hex(new."account_id"), new."account_id"), 'contact_id', iif(typeof(new."contact_id") = 'blob', hex(new."contact_id"), new."contact_id"), 'responded_on', iif(typeof(new."responded_on") = 'blob', hex(new."responded_on"), new."responded_on"), 'score', iif(typeof(new."score") = 'blob', hex(new."score"), new."score"), 'comment', iif(typeof(new."comment") = 'blob', hex(new."comment"), new."comment")); END;

CREATE TRIGGER history_survey_responses_update AFTER UPDATE ON survey_responses BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'survey_responses', new.uid, new.account_id, 'update', f, a, b FROM (SELECT 'account_id' AS f, old."account_id" AS a, new."account_id" AS b UNION ALL SELECT 'contact_id', old."contact_id", new."contact_id" UNION ALL SELECT 'responded_on', old."responded_on", new."responded_on" UNION ALL SELECT 'score', old."score", new."score" UNION ALL SELECT 'comment', old."comment", new."comment") WHERE a IS NOT b; END;

CREATE TRIGGER history_survey_responses_delete AFTER DELETE ON survey_responses BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'survey_responses', old.uid, old.account_id, 'delete', '*', json_object('account_id', iif(typeof(old."account_id") = 'blob', hex(old."account_id"), old."account_id"), 'contact_id', iif(typeof(old."contact_id") = 'blob', hex(old."contact_id"), old."contact_id"), 'responded_on', iif(typeof(old."responded_on") = 'blob', hex(old."responded_on"), old."responded_on"), 'score', iif(typeof(old."score") = 'blob', hex(old."score"), old."score"), 'comment', iif(typeof(old."comment") = 'blob', hex(old."comment"), old."comment")), NULL; END;

CREATE TRIGGER history_proposal_versions_insert AFTER INSERT ON proposal_versions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_versions', new.uid, (SELECT up0.account_id FROM proposals AS up0 WHERE up0.id = new.proposal_id), 'create', '*', NULL, json_object('proposal_id', iif(typeof(new."proposal_id") = 'blob', hex(new."proposal_id"), new."proposal_id"), 'number', iif(typeof(new."number") = 'blob', hex(new."number"), new."number"), 'status', iif(typeof(new."status") = 'blob', hex(new."status"), new."status"), 'currency', iif(typeof(new."currency") = 'blob', hex(new."currency"), new."currency"), 'valid_until', iif(typeof(new."valid_until") = 'blob', hex(new."valid_until"), new."valid_until"), 'sent_at', iif(typeof(new."sent_at") = 'blob', hex(new."sent_at"), new."sent_at"), 'decided_at', iif(typeof(new."decided_at") = 'blob', hex(new."decided_at"), new."decided_at")); END;

CREATE TRIGGER history_proposal_versions_update AFTER UPDATE ON proposal_versions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_versions', new.uid, (SELECT up0.account_id FROM proposals AS up0 WHERE up0.id = new.proposal_id), 'update', f, a, b FROM (SELECT 'proposal_id' AS f, old."proposal_id" AS a, new."proposal_id" AS b UNION ALL SELECT 'number', old."number", new."number" UNION ALL SELECT 'status', old."status", new."status" UNION ALL SELECT 'currency', old."currency", new."currency" UNION ALL SELECT 'valid_until', old."valid_until", new."valid_until" UNION ALL SELECT 'sent_at', old."sent_at", new."sent_at" UNION ALL SELECT 'decided_at', old."decided_at", new."decided_at") WHERE a IS NOT b; END;

CREATE TRIGGER history_proposal_versions_delete AFTER DELETE ON proposal_versions BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_versions', old.uid, (SELECT up0.account_id FROM proposals AS up0 WHERE up0.id = old.proposal_id), 'delete', '*', json_object('proposal_id', iif(typeof(old."proposal_id") = 'blob', hex(old."proposal_id"), old."proposal_id"), 'number', iif(typeof(old."number") = 'blob', hex(old."number"), old."number"), 'status', iif(typeof(old."status") = 'blob', hex(old."status"), old."status"), 'currency', iif(typeof(old."currency") = 'blob', hex(old."currency"), old."currency"), 'valid_until', iif(typeof(old."valid_until") = 'blob', hex(old."valid_until"), old."valid_until"), 'sent_at', iif(typeof(old."sent_at") = 'blob', hex(old."sent_at"), old."sent_at"), 'decided_at', iif(typeof(old."decided_at") = 'blob', hex(old."decided_at"), old."decided_at")), NULL; END;

CREATE TRIGGER history_proposal_line_items_insert AFTER INSERT ON proposal_line_items BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_line_items', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'create', '*', NULL, json_object('version_id', iif(typeof(new."version_id") = 'blob', hex(new."version_id"), new."version_id"), 'position', iif(typeof(new."position") = 'blob', hex(new."position"), new."position"), 'product_id', iif(typeof(new."product_id") = 'blob', hex(new."product_id"), new."product_id"), 'description', iif(typeof(new."description") = 'blob', hex(new."description"), new."description"), 'quantity', iif(typeof(new."quantity") = 'blob', hex(new."quantity"), new."quantity"), 'unit', iif(typeof(new."unit") = 'blob', hex(new."unit"), new."unit"), 'unit_price', iif(typeof(new."unit_price") = 'blob', hex(new."unit_price"), new."unit_price"), 'discount_pct', iif(typeof(new."discount_pct") = 'blob', hex(new."discount_pct"), new."discount_pct"), 'tax_pct', iif(typeof(new."tax_pct") = 'blob', hex(new."tax_pct"), new."tax_pct"), 'optional', iif(typeof(new."optional") = 'blob', hex(new."optional"), new."optional")); END;

CREATE TRIGGER history_proposal_line_items_update AFTER UPDATE ON proposal_line_items BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_line_items', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'update', f, a, b FROM (SELECT 'version_id' AS f, old."version_id" AS a, new."version_id" AS b UNION ALL SELECT 'position', old."position", new."position" UNION ALL SELECT 'product_id', old."product_id", new."product_id" UNION ALL SELECT 'description', old."description", new."description" UNION ALL SELECT 'quantity', old."quantity", new."quantity" UNION ALL SELECT 'unit', old."unit", new."unit" UNION ALL SELECT 'unit_price', old."unit_price", new."unit_price" UNION ALL SELECT 'discount_pct', old."discount_pct", new."discount_pct" UNION ALL SELECT 'tax_pct', old."tax_pct", new."tax_pct" UNION ALL SELECT 'optional', old."optional", new."optional") WHERE a IS NOT b; END;

CREATE TRIGGER history_proposal_line_items_delete AFTER DELETE ON proposal_line_items BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_line_items', old.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = old.version_id), 'delete', '*', json_object('version_id', iif(typeof(old."version_id") = 'blob', hex(old."version_id"), old."version_id"), 'position', iif(typeof(old."position") = 'blob', hex(old."position"), old."position"), 'product_id', iif(typeof(old."product_id") = 'blob', hex(old."product_id"), old."product_id"), 'description', iif(typeof(old."description") = 'blob', hex(old."description"), old."description"), 'quantity', iif(typeof(old."quantity") = 'blob', hex(old."quantity"), old."quantity"), 'unit', iif(typeof(old."unit") = 'blob', hex(old."unit"), old."unit"), 'unit_price', iif(typeof(old."unit_price") = 'blob', hex(old."unit_price"), old."unit_price"), 'discount_pct', iif(typeof(old."discount_pct") = 'blob', hex(old."discount_pct"), old."discount_pct"), 'tax_pct', iif(typeof(old."tax_pct") = 'blob', hex(old."tax_pct"), old."tax_pct"), 'optional', iif(typeof(old."optional") = 'blob', hex(old."optional"), old."optional")), NULL; END;

CREATE TRIGGER history_proposal_phases_insert AFTER INSERT ON proposal_phases BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_phases', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'create', '*', NULL, json_object('version_id', iif(typeof(new."version_id") = 'blob', hex(new."version_id"), new."version_id"), 'position', iif(typeof(new."position") = 'blob', hex(new."position"), new."position"), 'name', iif(typeof(new."name") = 'blob', hex(new."name"), new."name"), 'starts_on', iif(typeof(new."starts_on") = 'blob', hex(new."starts_on"), new."starts_on"), 'ends_on', iif(typeof(new."ends_on") = 'blob', hex(new."ends_on"), new."ends_on"), 'deliverables', iif(typeof(new."deliverables") = 'blob', hex(new."deliverables"), new."deliverables"), 'amount', iif(typeof(new."amount") = 'blob', hex(new."amount"), new."amount")); END;

CREATE TRIGGER history_proposal_phases_update AFTER UPDATE ON proposal_phases BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_phases', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'update', f, a, b FROM (SELECT 'version_id' AS f, old."version_id" AS a, new."version_id" AS b UNION ALL SELECT 'position', old."position", new."position" UNION ALL SELECT 'name', old."name", new."name" UNION ALL SELECT 'starts_on', old."starts_on", new."starts_on" UNION ALL SELECT 'ends_on', old."ends_on", new."ends_on" UNION ALL SELECT 'deliverables', old."deliverables", new."deliverables" UNION ALL SELECT 'amount', old."amount", new."amount") WHERE a IS NOT b; END;

CREATE TRIGGER history_proposal_phases_delete AFTER DELETE ON proposal_phases BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_phases', old.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = old.version_id), 'delete', '*', json_object('version_id', iif(typeof(old."version_id") = 'blob', hex(old."version_id"), old."version_id"), 'position', iif(typeof(old."position") = 'blob', hex(old."position"), old."position"), 'name', iif(typeof(old."name") = 'blob', hex(old."name"), old."name"), 'starts_on', iif(typeof(old."starts_on") = 'blob', hex(old."starts_on"), old."starts_on"), 'ends_on', iif(typeof(old."ends_on") = 'blob', hex(old."ends_on"), old."ends_on"), 'deliverables', iif(typeof(old."deliverables") = 'blob', hex(old."deliverables"), old."deliverables"), 'amount', iif(typeof(old."amount") = 'blob', hex(old."amount"), old."amount")), NULL; END;

CREATE TRIGGER history_proposal_roi_insert AFTER INSERT ON proposal_roi BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_roi', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'create', '*', NULL, json_object('version_id', iif(typeof(new."version_id") = 'blob', hex(new."version_id"), new."version_id"), 'investment', iif(typeof(new."investment") = 'blob', hex(new."investment"), new."investment"), 'annual_benefit', iif(typeof(new."annual_benefit") = 'blob', hex(new."annual_benefit"), new."annual_benefit"), 'horizon_years', iif(typeof(new."horizon_years") = 'blob', hex(new."horizon_years"), new."horizon_years"), 'discount_rate_pct', iif(typeof(new."discount_rate_pct") = 'blob', hex(new."discount_rate_pct"), new."discount_rate_pct")); END;

CREATE TRIGGER history_proposal_roi_update AFTER UPDATE ON proposal_roi BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_roi', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'update', f, a, b FROM (SELECT 'version_id' AS f, old."version_id" AS a, new."version_id" AS b UNION ALL SELECT 'investment', old."investment", new."investment" UNION ALL SELECT 'annual_benefit', old."annual_benefit", new."annual_benefit" UNION ALL SELECT 'horizon_years', old."horizon_years", new."horizon_years" UNION ALL SELECT 'discount_rate_pct', old."discount_rate_pct", new."discount_rate_pct") WHERE a IS NOT b; END;

CREATE TRIGGER history_proposal_roi_delete AFTER DELETE ON proposal_roi BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_roi', old.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = old.version_id), 'delete', '*', json_object('version_id', iif(typeof(old."version_id") = 'blob', hex(old."version_id"), old."version_id"), 'investment', iif(typeof(old."investment") = 'blob', hex(old."investment"), old."investment"), 'annual_benefit', iif(typeof(old."annual_benefit") = 'blob', hex(old."annual_benefit"), old."annual_benefit"), 'horizon_years', iif(typeof(old."horizon_years") = 'blob', hex(old."horizon_years"), old."horizon_years"), 'discount_rate_pct', iif(typeof(old."discount_rate_pct") = 'blob', hex(old."discount_rate_pct"), old."discount_rate_pct")), NULL; END;

CREATE TRIGGER history_proposal_sections_insert AFTER INSERT ON proposal_sections BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_sections', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'create', '*', NULL, json_object('version_id', iif(typeof(new."version_id") = 'blob', hex(new."version_id"), new."version_id"), 'position', iif(typeof(new."position") = 'blob', hex(new."position"), new."position"), 'kind', iif(typeof(new."kind") = 'blob', hex(new."kind"), new."kind"), 'title', iif(typeof(new."title") = 'blob', hex(new."title"), new."title"), 'body_html', iif(typeof(new."body_html") = 'blob', hex(new."body_html"), new."body_html")); END;

CREATE TRIGGER history_proposal_sections_update AFTER UPDATE ON proposal_sections BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_sections', new.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = new.version_id), 'update', f, a, b FROM (SELECT 'version_id' AS f, old."version_id" AS a, new."version_id" AS b UNION ALL SELECT 'position', old."position", new."position" UNION ALL SELECT 'kind', old."kind", new."kind" UNION ALL SELECT 'title', old."title", new."title" UNION ALL SELECT 'body_html', old."body_html", new."body_html") WHERE a IS NOT b; END;

CREATE TRIGGER history_proposal_sections_delete AFTER DELETE ON proposal_sections BEGIN INSERT INTO field_changes (operation_id, table_name, record_uid, account_id, kind, field, old_value, new_value) SELECT (SELECT max(id) FROM operations), 'proposal_sections', old.uid, (SELECT (SELECT up1.account_id FROM proposals AS up1 WHERE up1.id = up0.proposal_id) FROM proposal_versions AS up0 WHERE up0.id = old.version_id), 'delete', '*', json_object('version_id', iif(typeof(old."version_id") = 'blob', hex(old."version_id"), old."version_id"), 'position', iif(typeof(old."position") = 'blob', hex(old."position"), old."position"), 'kind', iif(typeof(old."kind") = 'blob', hex(old."kind"), old."kind"), 'title', iif(typeof(old."title") = 'blob', hex(old."title"), old."title"), 'body_html', iif(typeof(old."body_html") = 'blob', hex(old."body_html"), old."body_html")), NULL; END;

INSERT INTO alembic_version (version_num) VALUES ('0015');
