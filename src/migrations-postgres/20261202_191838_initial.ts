import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."_locales" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_reports_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__reports_v_published_locale" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_chapters_further_reading_kind" AS ENUM('briefing', 'report', 'article', 'video', 'campaign');
  CREATE TYPE "public"."enum_chapters_kind" AS ENUM('foreword', 'country', 'thematic', 'annex');
  CREATE TYPE "public"."enum_chapters_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_chapters_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_chapters_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__chapters_v_version_further_reading_kind" AS ENUM('briefing', 'report', 'article', 'video', 'campaign');
  CREATE TYPE "public"."enum__chapters_v_version_kind" AS ENUM('foreword', 'country', 'thematic', 'annex');
  CREATE TYPE "public"."enum__chapters_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__chapters_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__chapters_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__chapters_v_published_locale" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_testimonies_themes" AS ENUM('torture', 'arbitrary-detention', 'ill-treatment-in-custody', 'police-violence', 'enforced-disappearance', 'sexual-violence', 'harassment-of-defenders', 'judicial-harassment');
  CREATE TYPE "public"."enum_testimonies_consent_scope" AS ENUM('text', 'name', 'image', 'video');
  CREATE TYPE "public"."enum_testimonies_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_testimonies_disclosure" AS ENUM('named', 'pseudonym', 'anonymous');
  CREATE TYPE "public"."enum_testimonies_consent_status" AS ENUM('pending', 'given', 'withdrawn');
  CREATE TYPE "public"."enum_testimonies_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_testimonies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__testimonies_v_version_themes" AS ENUM('torture', 'arbitrary-detention', 'ill-treatment-in-custody', 'police-violence', 'enforced-disappearance', 'sexual-violence', 'harassment-of-defenders', 'judicial-harassment');
  CREATE TYPE "public"."enum__testimonies_v_version_consent_scope" AS ENUM('text', 'name', 'image', 'video');
  CREATE TYPE "public"."enum__testimonies_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__testimonies_v_version_disclosure" AS ENUM('named', 'pseudonym', 'anonymous');
  CREATE TYPE "public"."enum__testimonies_v_version_consent_status" AS ENUM('pending', 'given', 'withdrawn');
  CREATE TYPE "public"."enum__testimonies_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__testimonies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__testimonies_v_published_locale" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_defenders_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_defenders_liberty_status" AS ENUM('detained', 'house-arrest', 'deprived-of-liberty', 'convicted', 'released', 'in-exile', 'travel-ban', 'witness');
  CREATE TYPE "public"."enum_defenders_visibility" AS ENUM('public', 'confidential');
  CREATE TYPE "public"."enum_defenders_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_defenders_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__defenders_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__defenders_v_version_visibility" AS ENUM('public', 'confidential');
  CREATE TYPE "public"."enum__defenders_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__defenders_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__defenders_v_published_locale" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_statistics_qualifier" AS ENUM('exact', 'approximately', 'more-than', 'at-least', 'estimated', 'up-to');
  CREATE TYPE "public"."enum_statistics_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_statistics_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_statistics_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__statistics_v_version_qualifier" AS ENUM('exact', 'approximately', 'more-than', 'at-least', 'estimated', 'up-to');
  CREATE TYPE "public"."enum__statistics_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__statistics_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__statistics_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__statistics_v_published_locale" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_organisations_kind" AS ENUM('partner', 'source', 'institution');
  CREATE TYPE "public"."enum_organisations_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum_organisations_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum_organisations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_version_kind" AS ENUM('partner', 'source', 'institution');
  CREATE TYPE "public"."enum__organisations_v_version_country" AS ENUM('AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA', 'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV', 'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU', 'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES', 'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM', 'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE', 'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM', 'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY', 'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT', 'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU', 'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA', 'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM', 'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL', 'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE', 'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW');
  CREATE TYPE "public"."enum__organisations_v_version_workflow_state" AS ENUM('draft', 'in-review', 'changes-requested', 'approved');
  CREATE TYPE "public"."enum__organisations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__organisations_v_published_locale" AS ENUM('en', 'fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_media_licence" AS ENUM('all-rights-reserved', 'cc-by-4.0', 'cc-by-sa-4.0', 'cc-by-nc-4.0', 'cc0', 'permission');
  CREATE TYPE "public"."enum_glossary_forbidden_locale" AS ENUM('fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'translator');
  CREATE TYPE "public"."enum_users_translator_locales" AS ENUM('fr', 'es', 'ru', 'ar');
  CREATE TYPE "public"."enum_audit_events_action" AS ENUM('create', 'update', 'trash', 'restore', 'delete', 'transition', 'translation-status', 'consent-change', 'login-failure', 'publish');
  CREATE TYPE "public"."enum_publications_outcome" AS ENUM('queued', 'running', 'published', 'unchanged', 'invalid', 'dry-run', 'error');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'publishReport');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'publishReport');
  CREATE TABLE "reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"cover_image_id" integer,
  	"year" numeric,
  	"publication_date" timestamp(3) with time zone,
  	"slug" varchar,
  	"organisation_id" integer,
  	"licence" varchar DEFAULT 'CC BY-NC-ND 4.0',
  	"workflow_state" "enum_reports_workflow_state" DEFAULT 'draft',
  	"workflow_comment" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_source_fingerprint" varchar,
  	"translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "reports_locales" (
  	"title" varchar,
  	"subtitle" varchar,
  	"introduction" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_cover_image_id" integer,
  	"version_year" numeric,
  	"version_publication_date" timestamp(3) with time zone,
  	"version_slug" varchar,
  	"version_organisation_id" integer,
  	"version_licence" varchar DEFAULT 'CC BY-NC-ND 4.0',
  	"version_workflow_state" "enum__reports_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_comment" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_source_fingerprint" varchar,
  	"version_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__reports_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_reports_v_locales" (
  	"version_title" varchar,
  	"version_subtitle" varchar,
  	"version_introduction" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "chapters_further_reading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"kind" "enum_chapters_further_reading_kind" DEFAULT 'article'
  );
  
  CREATE TABLE "chapters_further_reading_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "chapters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"report_id" integer,
  	"order" numeric,
  	"kind" "enum_chapters_kind" DEFAULT 'country',
  	"country" "enum_chapters_country",
  	"slug" varchar,
  	"workflow_state" "enum_chapters_workflow_state" DEFAULT 'draft',
  	"workflow_comment" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_source_fingerprint" varchar,
  	"translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_chapters_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "chapters_locales" (
  	"title" varchar,
  	"lead" varchar,
  	"body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "chapters_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"statistics_id" integer,
  	"testimonies_id" integer,
  	"defenders_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "_chapters_v_version_further_reading" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"url" varchar,
  	"kind" "enum__chapters_v_version_further_reading_kind" DEFAULT 'article',
  	"_uuid" varchar
  );
  
  CREATE TABLE "_chapters_v_version_further_reading_locales" (
  	"title" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_chapters_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_report_id" integer,
  	"version_order" numeric,
  	"version_kind" "enum__chapters_v_version_kind" DEFAULT 'country',
  	"version_country" "enum__chapters_v_version_country",
  	"version_slug" varchar,
  	"version_workflow_state" "enum__chapters_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_comment" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_source_fingerprint" varchar,
  	"version_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__chapters_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__chapters_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_chapters_v_locales" (
  	"version_title" varchar,
  	"version_lead" varchar,
  	"version_body" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_chapters_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"statistics_id" integer,
  	"testimonies_id" integer,
  	"defenders_id" integer,
  	"organisations_id" integer
  );
  
  CREATE TABLE "testimonies_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_testimonies_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "testimonies_consent_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_testimonies_consent_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "testimonies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"event_date" timestamp(3) with time zone,
  	"country" "enum_testimonies_country",
  	"chapter_id" integer,
  	"disclosure" "enum_testimonies_disclosure" DEFAULT 'anonymous',
  	"legal_name" varchar,
  	"contact" varchar,
  	"internal_notes" varchar,
  	"consent_status" "enum_testimonies_consent_status" DEFAULT 'pending',
  	"consent_date" timestamp(3) with time zone,
  	"consent_recorded_by_id" integer,
  	"consent_document_id" integer,
  	"workflow_state" "enum_testimonies_workflow_state" DEFAULT 'draft',
  	"workflow_comment" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_source_fingerprint" varchar,
  	"translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_testimonies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "testimonies_locales" (
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"place" varchar,
  	"content_warning" varchar,
  	"public_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "testimonies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_testimonies_v_version_themes" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__testimonies_v_version_themes",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_testimonies_v_version_consent_scope" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__testimonies_v_version_consent_scope",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_testimonies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_event_date" timestamp(3) with time zone,
  	"version_country" "enum__testimonies_v_version_country",
  	"version_chapter_id" integer,
  	"version_disclosure" "enum__testimonies_v_version_disclosure" DEFAULT 'anonymous',
  	"version_legal_name" varchar,
  	"version_contact" varchar,
  	"version_internal_notes" varchar,
  	"version_consent_status" "enum__testimonies_v_version_consent_status" DEFAULT 'pending',
  	"version_consent_date" timestamp(3) with time zone,
  	"version_consent_recorded_by_id" integer,
  	"version_consent_document_id" integer,
  	"version_workflow_state" "enum__testimonies_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_comment" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_source_fingerprint" varchar,
  	"version_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__testimonies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__testimonies_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_testimonies_v_locales" (
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_place" varchar,
  	"version_content_warning" varchar,
  	"version_public_name" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_testimonies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "defenders_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone
  );
  
  CREATE TABLE "defenders_timeline_locales" (
  	"event" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" varchar NOT NULL
  );
  
  CREATE TABLE "defenders" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"photo_id" integer,
  	"organisation_id" integer,
  	"country" "enum_defenders_country",
  	"status" "enum_defenders_liberty_status",
  	"status_since" timestamp(3) with time zone,
  	"visibility" "enum_defenders_visibility" DEFAULT 'confidential',
  	"workflow_state" "enum_defenders_workflow_state" DEFAULT 'draft',
  	"workflow_comment" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_source_fingerprint" varchar,
  	"translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_defenders_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "defenders_locales" (
  	"name" varchar,
  	"role" varchar,
  	"charges" varchar,
  	"biography" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_defenders_v_version_timeline" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"date" timestamp(3) with time zone,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_defenders_v_version_timeline_locales" (
  	"event" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_defenders_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_photo_id" integer,
  	"version_organisation_id" integer,
  	"version_country" "enum__defenders_v_version_country",
  	"version_status" "enum_defenders_liberty_status",
  	"version_status_since" timestamp(3) with time zone,
  	"version_visibility" "enum__defenders_v_version_visibility" DEFAULT 'confidential',
  	"version_workflow_state" "enum__defenders_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_comment" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_source_fingerprint" varchar,
  	"version_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__defenders_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__defenders_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_defenders_v_locales" (
  	"version_name" varchar,
  	"version_role" varchar,
  	"version_charges" varchar,
  	"version_biography" jsonb,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "statistics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"value" numeric,
  	"qualifier" "enum_statistics_qualifier" DEFAULT 'exact',
  	"period_from" timestamp(3) with time zone,
  	"period_to" timestamp(3) with time zone,
  	"as_of" timestamp(3) with time zone,
  	"country" "enum_statistics_country",
  	"chapter_id" integer,
  	"source_organisation_id" integer,
  	"source_url" varchar,
  	"headline" boolean DEFAULT false,
  	"workflow_state" "enum_statistics_workflow_state" DEFAULT 'draft',
  	"workflow_comment" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_source_fingerprint" varchar,
  	"translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_statistics_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "statistics_locales" (
  	"label" varchar,
  	"unit" varchar,
  	"source_title" varchar,
  	"methodology" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_statistics_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_value" numeric,
  	"version_qualifier" "enum__statistics_v_version_qualifier" DEFAULT 'exact',
  	"version_period_from" timestamp(3) with time zone,
  	"version_period_to" timestamp(3) with time zone,
  	"version_as_of" timestamp(3) with time zone,
  	"version_country" "enum__statistics_v_version_country",
  	"version_chapter_id" integer,
  	"version_source_organisation_id" integer,
  	"version_source_url" varchar,
  	"version_headline" boolean DEFAULT false,
  	"version_workflow_state" "enum__statistics_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_comment" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_source_fingerprint" varchar,
  	"version_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__statistics_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__statistics_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_statistics_v_locales" (
  	"version_label" varchar,
  	"version_unit" varchar,
  	"version_source_title" varchar,
  	"version_methodology" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "organisations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"acronym" varchar,
  	"kind" "enum_organisations_kind",
  	"country" "enum_organisations_country",
  	"website" varchar,
  	"workflow_state" "enum_organisations_workflow_state" DEFAULT 'draft',
  	"workflow_comment" varchar,
  	"workflow_submitted_by_id" integer,
  	"workflow_submitted_at" timestamp(3) with time zone,
  	"workflow_approved_by_id" integer,
  	"workflow_approved_at" timestamp(3) with time zone,
  	"workflow_approved_version" varchar,
  	"workflow_source_fingerprint" varchar,
  	"translations" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"deleted_at" timestamp(3) with time zone,
  	"_status" "enum_organisations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "organisations_locales" (
  	"name" varchar,
  	"description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "_organisations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_acronym" varchar,
  	"version_kind" "enum__organisations_v_version_kind",
  	"version_country" "enum__organisations_v_version_country",
  	"version_website" varchar,
  	"version_workflow_state" "enum__organisations_v_version_workflow_state" DEFAULT 'draft',
  	"version_workflow_comment" varchar,
  	"version_workflow_submitted_by_id" integer,
  	"version_workflow_submitted_at" timestamp(3) with time zone,
  	"version_workflow_approved_by_id" integer,
  	"version_workflow_approved_at" timestamp(3) with time zone,
  	"version_workflow_approved_version" varchar,
  	"version_workflow_source_fingerprint" varchar,
  	"version_translations" jsonb,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version_deleted_at" timestamp(3) with time zone,
  	"version__status" "enum__organisations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"snapshot" boolean,
  	"published_locale" "enum__organisations_v_published_locale",
  	"latest" boolean
  );
  
  CREATE TABLE "_organisations_v_locales" (
  	"version_name" varchar,
  	"version_description" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"credit" varchar,
  	"licence" "enum_media_licence" DEFAULT 'all-rights-reserved',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_print_url" varchar,
  	"sizes_print_width" numeric,
  	"sizes_print_height" numeric,
  	"sizes_print_mime_type" varchar,
  	"sizes_print_filesize" numeric,
  	"sizes_print_filename" varchar
  );
  
  CREATE TABLE "media_locales" (
  	"alt" varchar,
  	"caption" varchar,
  	"id" serial PRIMARY KEY NOT NULL,
  	"_locale" "_locales" NOT NULL,
  	"_parent_id" integer NOT NULL
  );
  
  CREATE TABLE "glossary_forbidden" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"locale" "enum_glossary_forbidden_locale" NOT NULL,
  	"variant" varchar NOT NULL
  );
  
  CREATE TABLE "glossary" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"do_not_translate" boolean DEFAULT false,
  	"translations_fr" varchar,
  	"translations_es" varchar,
  	"translations_ru" varchar,
  	"translations_ar" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "consent_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric
  );
  
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_translator_locales" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_translator_locales",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "audit_events" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_events_action" NOT NULL,
  	"collection" varchar,
  	"doc_id" varchar,
  	"user_id" integer,
  	"email" varchar,
  	"locale" varchar,
  	"fields" jsonb,
  	"from" varchar,
  	"to" varchar,
  	"comment" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"report_id" integer,
  	"report_slug" varchar,
  	"version" varchar,
  	"previous_version" varchar,
  	"outcome" "enum_publications_outcome" NOT NULL,
  	"locales" jsonb,
  	"published_by_id" integer,
  	"manifest_sha256" varchar,
  	"directory" varchar,
  	"bump" varchar,
  	"change_count" numeric,
  	"fallbacks" numeric,
  	"summary" varchar,
  	"problems" jsonb,
  	"requested_version" varchar,
  	"allow_incomplete" boolean,
  	"job" varchar,
  	"progress" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "publish_leases" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"holder" varchar NOT NULL,
  	"token" varchar NOT NULL,
  	"since" varchar NOT NULL,
  	"expires_at" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"reports_id" integer,
  	"chapters_id" integer,
  	"testimonies_id" integer,
  	"defenders_id" integer,
  	"statistics_id" integer,
  	"organisations_id" integer,
  	"media_id" integer,
  	"glossary_id" integer,
  	"consent_documents_id" integer,
  	"users_id" integer,
  	"audit_events_id" integer,
  	"publications_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "reports" ADD CONSTRAINT "reports_cover_image_id_media_id_fk" FOREIGN KEY ("cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports_locales" ADD CONSTRAINT "reports_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_parent_id_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_cover_image_id_media_id_fk" FOREIGN KEY ("version_cover_image_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v_locales" ADD CONSTRAINT "_reports_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_further_reading" ADD CONSTRAINT "chapters_further_reading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_further_reading_locales" ADD CONSTRAINT "chapters_further_reading_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chapters_further_reading"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters" ADD CONSTRAINT "chapters_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters" ADD CONSTRAINT "chapters_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters" ADD CONSTRAINT "chapters_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "chapters_locales" ADD CONSTRAINT "chapters_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_statistics_fk" FOREIGN KEY ("statistics_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_testimonies_fk" FOREIGN KEY ("testimonies_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_defenders_fk" FOREIGN KEY ("defenders_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "chapters_rels" ADD CONSTRAINT "chapters_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_further_reading" ADD CONSTRAINT "_chapters_v_version_further_reading_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_version_further_reading_locales" ADD CONSTRAINT "_chapters_v_version_further_reading_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_chapters_v_version_further_reading"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_parent_id_chapters_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_version_report_id_reports_id_fk" FOREIGN KEY ("version_report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v" ADD CONSTRAINT "_chapters_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_chapters_v_locales" ADD CONSTRAINT "_chapters_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_chapters_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_statistics_fk" FOREIGN KEY ("statistics_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_testimonies_fk" FOREIGN KEY ("testimonies_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_defenders_fk" FOREIGN KEY ("defenders_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_chapters_v_rels" ADD CONSTRAINT "_chapters_v_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "testimonies_themes" ADD CONSTRAINT "testimonies_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "testimonies_consent_scope" ADD CONSTRAINT "testimonies_consent_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "testimonies" ADD CONSTRAINT "testimonies_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonies" ADD CONSTRAINT "testimonies_consent_recorded_by_id_users_id_fk" FOREIGN KEY ("consent_recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonies" ADD CONSTRAINT "testimonies_consent_document_id_consent_documents_id_fk" FOREIGN KEY ("consent_document_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonies" ADD CONSTRAINT "testimonies_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonies" ADD CONSTRAINT "testimonies_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "testimonies_locales" ADD CONSTRAINT "testimonies_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "testimonies_rels" ADD CONSTRAINT "testimonies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "testimonies_rels" ADD CONSTRAINT "testimonies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_testimonies_v_version_themes" ADD CONSTRAINT "_testimonies_v_version_themes_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_testimonies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_testimonies_v_version_consent_scope" ADD CONSTRAINT "_testimonies_v_version_consent_scope_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_testimonies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_testimonies_v" ADD CONSTRAINT "_testimonies_v_parent_id_testimonies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."testimonies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonies_v" ADD CONSTRAINT "_testimonies_v_version_chapter_id_chapters_id_fk" FOREIGN KEY ("version_chapter_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonies_v" ADD CONSTRAINT "_testimonies_v_version_consent_recorded_by_id_users_id_fk" FOREIGN KEY ("version_consent_recorded_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonies_v" ADD CONSTRAINT "_testimonies_v_version_consent_document_id_consent_documents_id_fk" FOREIGN KEY ("version_consent_document_id") REFERENCES "public"."consent_documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonies_v" ADD CONSTRAINT "_testimonies_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonies_v" ADD CONSTRAINT "_testimonies_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_testimonies_v_locales" ADD CONSTRAINT "_testimonies_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_testimonies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_testimonies_v_rels" ADD CONSTRAINT "_testimonies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_testimonies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_testimonies_v_rels" ADD CONSTRAINT "_testimonies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "defenders_timeline" ADD CONSTRAINT "defenders_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "defenders_timeline_locales" ADD CONSTRAINT "defenders_timeline_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."defenders_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "defenders" ADD CONSTRAINT "defenders_photo_id_media_id_fk" FOREIGN KEY ("photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "defenders" ADD CONSTRAINT "defenders_organisation_id_organisations_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "defenders" ADD CONSTRAINT "defenders_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "defenders" ADD CONSTRAINT "defenders_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "defenders_locales" ADD CONSTRAINT "defenders_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_defenders_v_version_timeline" ADD CONSTRAINT "_defenders_v_version_timeline_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_defenders_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_defenders_v_version_timeline_locales" ADD CONSTRAINT "_defenders_v_version_timeline_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_defenders_v_version_timeline"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_defenders_v" ADD CONSTRAINT "_defenders_v_parent_id_defenders_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."defenders"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_defenders_v" ADD CONSTRAINT "_defenders_v_version_photo_id_media_id_fk" FOREIGN KEY ("version_photo_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_defenders_v" ADD CONSTRAINT "_defenders_v_version_organisation_id_organisations_id_fk" FOREIGN KEY ("version_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_defenders_v" ADD CONSTRAINT "_defenders_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_defenders_v" ADD CONSTRAINT "_defenders_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_defenders_v_locales" ADD CONSTRAINT "_defenders_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_defenders_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_chapter_id_chapters_id_fk" FOREIGN KEY ("chapter_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_source_organisation_id_organisations_id_fk" FOREIGN KEY ("source_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics_locales" ADD CONSTRAINT "statistics_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_parent_id_statistics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."statistics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_chapter_id_chapters_id_fk" FOREIGN KEY ("version_chapter_id") REFERENCES "public"."chapters"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_source_organisation_id_organisations_id_fk" FOREIGN KEY ("version_source_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v_locales" ADD CONSTRAINT "_statistics_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_statistics_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "organisations_locales" ADD CONSTRAINT "organisations_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_parent_id_organisations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_workflow_submitted_by_id_users_id_fk" FOREIGN KEY ("version_workflow_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_workflow_approved_by_id_users_id_fk" FOREIGN KEY ("version_workflow_approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v_locales" ADD CONSTRAINT "_organisations_v_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_organisations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media_locales" ADD CONSTRAINT "media_locales_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "glossary_forbidden" ADD CONSTRAINT "glossary_forbidden_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_translator_locales" ADD CONSTRAINT "users_translator_locales_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_report_id_reports_id_fk" FOREIGN KEY ("report_id") REFERENCES "public"."reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "publications" ADD CONSTRAINT "publications_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_reports_fk" FOREIGN KEY ("reports_id") REFERENCES "public"."reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_chapters_fk" FOREIGN KEY ("chapters_id") REFERENCES "public"."chapters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_testimonies_fk" FOREIGN KEY ("testimonies_id") REFERENCES "public"."testimonies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_defenders_fk" FOREIGN KEY ("defenders_id") REFERENCES "public"."defenders"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_statistics_fk" FOREIGN KEY ("statistics_id") REFERENCES "public"."statistics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_organisations_fk" FOREIGN KEY ("organisations_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_glossary_fk" FOREIGN KEY ("glossary_id") REFERENCES "public"."glossary"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_consent_documents_fk" FOREIGN KEY ("consent_documents_id") REFERENCES "public"."consent_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_events_fk" FOREIGN KEY ("audit_events_id") REFERENCES "public"."audit_events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_publications_fk" FOREIGN KEY ("publications_id") REFERENCES "public"."publications"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "reports_cover_image_idx" ON "reports" USING btree ("cover_image_id");
  CREATE UNIQUE INDEX "reports_year_idx" ON "reports" USING btree ("year");
  CREATE UNIQUE INDEX "reports_slug_idx" ON "reports" USING btree ("slug");
  CREATE INDEX "reports_organisation_idx" ON "reports" USING btree ("organisation_id");
  CREATE INDEX "reports_workflow_workflow_state_idx" ON "reports" USING btree ("workflow_state");
  CREATE INDEX "reports_workflow_workflow_submitted_by_idx" ON "reports" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "reports_workflow_workflow_approved_by_idx" ON "reports" USING btree ("workflow_approved_by_id");
  CREATE INDEX "reports_updated_at_idx" ON "reports" USING btree ("updated_at");
  CREATE INDEX "reports_created_at_idx" ON "reports" USING btree ("created_at");
  CREATE INDEX "reports_deleted_at_idx" ON "reports" USING btree ("deleted_at");
  CREATE INDEX "reports__status_idx" ON "reports" USING btree ("_status");
  CREATE UNIQUE INDEX "reports_locales_locale_parent_id_unique" ON "reports_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "reports_locales_parent_idx" ON "reports_locales" USING btree ("_parent_id");
  CREATE INDEX "_reports_v_parent_idx" ON "_reports_v" USING btree ("parent_id");
  CREATE INDEX "_reports_v_version_version_cover_image_idx" ON "_reports_v" USING btree ("version_cover_image_id");
  CREATE INDEX "_reports_v_version_version_year_idx" ON "_reports_v" USING btree ("version_year");
  CREATE INDEX "_reports_v_version_version_slug_idx" ON "_reports_v" USING btree ("version_slug");
  CREATE INDEX "_reports_v_version_version_organisation_idx" ON "_reports_v" USING btree ("version_organisation_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_state_idx" ON "_reports_v" USING btree ("version_workflow_state");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_submitted_b_idx" ON "_reports_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_reports_v_version_workflow_version_workflow_approved_by_idx" ON "_reports_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_reports_v_version_version_updated_at_idx" ON "_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_reports_v_version_version_created_at_idx" ON "_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_reports_v_version_version_deleted_at_idx" ON "_reports_v" USING btree ("version_deleted_at");
  CREATE INDEX "_reports_v_version_version__status_idx" ON "_reports_v" USING btree ("version__status");
  CREATE INDEX "_reports_v_created_at_idx" ON "_reports_v" USING btree ("created_at");
  CREATE INDEX "_reports_v_updated_at_idx" ON "_reports_v" USING btree ("updated_at");
  CREATE INDEX "_reports_v_snapshot_idx" ON "_reports_v" USING btree ("snapshot");
  CREATE INDEX "_reports_v_published_locale_idx" ON "_reports_v" USING btree ("published_locale");
  CREATE INDEX "_reports_v_latest_idx" ON "_reports_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_reports_v_locales_locale_parent_id_unique" ON "_reports_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_reports_v_locales_parent_idx" ON "_reports_v_locales" USING btree ("_parent_id");
  CREATE INDEX "chapters_further_reading_order_idx" ON "chapters_further_reading" USING btree ("_order");
  CREATE INDEX "chapters_further_reading_parent_id_idx" ON "chapters_further_reading" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "chapters_further_reading_locales_locale_parent_id_unique" ON "chapters_further_reading_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "chapters_further_reading_locales_parent_idx" ON "chapters_further_reading_locales" USING btree ("_parent_id");
  CREATE INDEX "chapters_report_idx" ON "chapters" USING btree ("report_id");
  CREATE INDEX "chapters_slug_idx" ON "chapters" USING btree ("slug");
  CREATE INDEX "chapters_workflow_workflow_state_idx" ON "chapters" USING btree ("workflow_state");
  CREATE INDEX "chapters_workflow_workflow_submitted_by_idx" ON "chapters" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "chapters_workflow_workflow_approved_by_idx" ON "chapters" USING btree ("workflow_approved_by_id");
  CREATE INDEX "chapters_updated_at_idx" ON "chapters" USING btree ("updated_at");
  CREATE INDEX "chapters_created_at_idx" ON "chapters" USING btree ("created_at");
  CREATE INDEX "chapters_deleted_at_idx" ON "chapters" USING btree ("deleted_at");
  CREATE INDEX "chapters__status_idx" ON "chapters" USING btree ("_status");
  CREATE UNIQUE INDEX "chapters_locales_locale_parent_id_unique" ON "chapters_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "chapters_locales_parent_idx" ON "chapters_locales" USING btree ("_parent_id");
  CREATE INDEX "chapters_rels_order_idx" ON "chapters_rels" USING btree ("order");
  CREATE INDEX "chapters_rels_parent_idx" ON "chapters_rels" USING btree ("parent_id");
  CREATE INDEX "chapters_rels_path_idx" ON "chapters_rels" USING btree ("path");
  CREATE INDEX "chapters_rels_statistics_id_idx" ON "chapters_rels" USING btree ("statistics_id");
  CREATE INDEX "chapters_rels_testimonies_id_idx" ON "chapters_rels" USING btree ("testimonies_id");
  CREATE INDEX "chapters_rels_defenders_id_idx" ON "chapters_rels" USING btree ("defenders_id");
  CREATE INDEX "chapters_rels_organisations_id_idx" ON "chapters_rels" USING btree ("organisations_id");
  CREATE INDEX "_chapters_v_version_further_reading_order_idx" ON "_chapters_v_version_further_reading" USING btree ("_order");
  CREATE INDEX "_chapters_v_version_further_reading_parent_id_idx" ON "_chapters_v_version_further_reading" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_chapters_v_version_further_reading_locales_locale_parent_id" ON "_chapters_v_version_further_reading_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_chapters_v_version_further_reading_locales_parent_idx" ON "_chapters_v_version_further_reading_locales" USING btree ("_parent_id");
  CREATE INDEX "_chapters_v_parent_idx" ON "_chapters_v" USING btree ("parent_id");
  CREATE INDEX "_chapters_v_version_version_report_idx" ON "_chapters_v" USING btree ("version_report_id");
  CREATE INDEX "_chapters_v_version_version_slug_idx" ON "_chapters_v" USING btree ("version_slug");
  CREATE INDEX "_chapters_v_version_workflow_version_workflow_state_idx" ON "_chapters_v" USING btree ("version_workflow_state");
  CREATE INDEX "_chapters_v_version_workflow_version_workflow_submitted__idx" ON "_chapters_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_chapters_v_version_workflow_version_workflow_approved_b_idx" ON "_chapters_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_chapters_v_version_version_updated_at_idx" ON "_chapters_v" USING btree ("version_updated_at");
  CREATE INDEX "_chapters_v_version_version_created_at_idx" ON "_chapters_v" USING btree ("version_created_at");
  CREATE INDEX "_chapters_v_version_version_deleted_at_idx" ON "_chapters_v" USING btree ("version_deleted_at");
  CREATE INDEX "_chapters_v_version_version__status_idx" ON "_chapters_v" USING btree ("version__status");
  CREATE INDEX "_chapters_v_created_at_idx" ON "_chapters_v" USING btree ("created_at");
  CREATE INDEX "_chapters_v_updated_at_idx" ON "_chapters_v" USING btree ("updated_at");
  CREATE INDEX "_chapters_v_snapshot_idx" ON "_chapters_v" USING btree ("snapshot");
  CREATE INDEX "_chapters_v_published_locale_idx" ON "_chapters_v" USING btree ("published_locale");
  CREATE INDEX "_chapters_v_latest_idx" ON "_chapters_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_chapters_v_locales_locale_parent_id_unique" ON "_chapters_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_chapters_v_locales_parent_idx" ON "_chapters_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_chapters_v_rels_order_idx" ON "_chapters_v_rels" USING btree ("order");
  CREATE INDEX "_chapters_v_rels_parent_idx" ON "_chapters_v_rels" USING btree ("parent_id");
  CREATE INDEX "_chapters_v_rels_path_idx" ON "_chapters_v_rels" USING btree ("path");
  CREATE INDEX "_chapters_v_rels_statistics_id_idx" ON "_chapters_v_rels" USING btree ("statistics_id");
  CREATE INDEX "_chapters_v_rels_testimonies_id_idx" ON "_chapters_v_rels" USING btree ("testimonies_id");
  CREATE INDEX "_chapters_v_rels_defenders_id_idx" ON "_chapters_v_rels" USING btree ("defenders_id");
  CREATE INDEX "_chapters_v_rels_organisations_id_idx" ON "_chapters_v_rels" USING btree ("organisations_id");
  CREATE INDEX "testimonies_themes_order_idx" ON "testimonies_themes" USING btree ("order");
  CREATE INDEX "testimonies_themes_parent_idx" ON "testimonies_themes" USING btree ("parent_id");
  CREATE INDEX "testimonies_consent_scope_order_idx" ON "testimonies_consent_scope" USING btree ("order");
  CREATE INDEX "testimonies_consent_scope_parent_idx" ON "testimonies_consent_scope" USING btree ("parent_id");
  CREATE INDEX "testimonies_chapter_idx" ON "testimonies" USING btree ("chapter_id");
  CREATE INDEX "testimonies_consent_consent_recorded_by_idx" ON "testimonies" USING btree ("consent_recorded_by_id");
  CREATE INDEX "testimonies_consent_consent_document_idx" ON "testimonies" USING btree ("consent_document_id");
  CREATE INDEX "testimonies_workflow_workflow_state_idx" ON "testimonies" USING btree ("workflow_state");
  CREATE INDEX "testimonies_workflow_workflow_submitted_by_idx" ON "testimonies" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "testimonies_workflow_workflow_approved_by_idx" ON "testimonies" USING btree ("workflow_approved_by_id");
  CREATE INDEX "testimonies_updated_at_idx" ON "testimonies" USING btree ("updated_at");
  CREATE INDEX "testimonies_created_at_idx" ON "testimonies" USING btree ("created_at");
  CREATE INDEX "testimonies_deleted_at_idx" ON "testimonies" USING btree ("deleted_at");
  CREATE INDEX "testimonies__status_idx" ON "testimonies" USING btree ("_status");
  CREATE UNIQUE INDEX "testimonies_locales_locale_parent_id_unique" ON "testimonies_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "testimonies_locales_parent_idx" ON "testimonies_locales" USING btree ("_parent_id");
  CREATE INDEX "testimonies_rels_order_idx" ON "testimonies_rels" USING btree ("order");
  CREATE INDEX "testimonies_rels_parent_idx" ON "testimonies_rels" USING btree ("parent_id");
  CREATE INDEX "testimonies_rels_path_idx" ON "testimonies_rels" USING btree ("path");
  CREATE INDEX "testimonies_rels_media_id_idx" ON "testimonies_rels" USING btree ("media_id");
  CREATE INDEX "_testimonies_v_version_themes_order_idx" ON "_testimonies_v_version_themes" USING btree ("order");
  CREATE INDEX "_testimonies_v_version_themes_parent_idx" ON "_testimonies_v_version_themes" USING btree ("parent_id");
  CREATE INDEX "_testimonies_v_version_consent_scope_order_idx" ON "_testimonies_v_version_consent_scope" USING btree ("order");
  CREATE INDEX "_testimonies_v_version_consent_scope_parent_idx" ON "_testimonies_v_version_consent_scope" USING btree ("parent_id");
  CREATE INDEX "_testimonies_v_parent_idx" ON "_testimonies_v" USING btree ("parent_id");
  CREATE INDEX "_testimonies_v_version_version_chapter_idx" ON "_testimonies_v" USING btree ("version_chapter_id");
  CREATE INDEX "_testimonies_v_version_consent_version_consent_recorded__idx" ON "_testimonies_v" USING btree ("version_consent_recorded_by_id");
  CREATE INDEX "_testimonies_v_version_consent_version_consent_document_idx" ON "_testimonies_v" USING btree ("version_consent_document_id");
  CREATE INDEX "_testimonies_v_version_workflow_version_workflow_state_idx" ON "_testimonies_v" USING btree ("version_workflow_state");
  CREATE INDEX "_testimonies_v_version_workflow_version_workflow_submitt_idx" ON "_testimonies_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_testimonies_v_version_workflow_version_workflow_approve_idx" ON "_testimonies_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_testimonies_v_version_version_updated_at_idx" ON "_testimonies_v" USING btree ("version_updated_at");
  CREATE INDEX "_testimonies_v_version_version_created_at_idx" ON "_testimonies_v" USING btree ("version_created_at");
  CREATE INDEX "_testimonies_v_version_version_deleted_at_idx" ON "_testimonies_v" USING btree ("version_deleted_at");
  CREATE INDEX "_testimonies_v_version_version__status_idx" ON "_testimonies_v" USING btree ("version__status");
  CREATE INDEX "_testimonies_v_created_at_idx" ON "_testimonies_v" USING btree ("created_at");
  CREATE INDEX "_testimonies_v_updated_at_idx" ON "_testimonies_v" USING btree ("updated_at");
  CREATE INDEX "_testimonies_v_snapshot_idx" ON "_testimonies_v" USING btree ("snapshot");
  CREATE INDEX "_testimonies_v_published_locale_idx" ON "_testimonies_v" USING btree ("published_locale");
  CREATE INDEX "_testimonies_v_latest_idx" ON "_testimonies_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_testimonies_v_locales_locale_parent_id_unique" ON "_testimonies_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_testimonies_v_locales_parent_idx" ON "_testimonies_v_locales" USING btree ("_parent_id");
  CREATE INDEX "_testimonies_v_rels_order_idx" ON "_testimonies_v_rels" USING btree ("order");
  CREATE INDEX "_testimonies_v_rels_parent_idx" ON "_testimonies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_testimonies_v_rels_path_idx" ON "_testimonies_v_rels" USING btree ("path");
  CREATE INDEX "_testimonies_v_rels_media_id_idx" ON "_testimonies_v_rels" USING btree ("media_id");
  CREATE INDEX "defenders_timeline_order_idx" ON "defenders_timeline" USING btree ("_order");
  CREATE INDEX "defenders_timeline_parent_id_idx" ON "defenders_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "defenders_timeline_locales_locale_parent_id_unique" ON "defenders_timeline_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "defenders_timeline_locales_parent_idx" ON "defenders_timeline_locales" USING btree ("_parent_id");
  CREATE INDEX "defenders_photo_idx" ON "defenders" USING btree ("photo_id");
  CREATE INDEX "defenders_organisation_idx" ON "defenders" USING btree ("organisation_id");
  CREATE INDEX "defenders_workflow_workflow_state_idx" ON "defenders" USING btree ("workflow_state");
  CREATE INDEX "defenders_workflow_workflow_submitted_by_idx" ON "defenders" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "defenders_workflow_workflow_approved_by_idx" ON "defenders" USING btree ("workflow_approved_by_id");
  CREATE INDEX "defenders_updated_at_idx" ON "defenders" USING btree ("updated_at");
  CREATE INDEX "defenders_created_at_idx" ON "defenders" USING btree ("created_at");
  CREATE INDEX "defenders_deleted_at_idx" ON "defenders" USING btree ("deleted_at");
  CREATE INDEX "defenders__status_idx" ON "defenders" USING btree ("_status");
  CREATE UNIQUE INDEX "defenders_locales_locale_parent_id_unique" ON "defenders_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "defenders_locales_parent_idx" ON "defenders_locales" USING btree ("_parent_id");
  CREATE INDEX "_defenders_v_version_timeline_order_idx" ON "_defenders_v_version_timeline" USING btree ("_order");
  CREATE INDEX "_defenders_v_version_timeline_parent_id_idx" ON "_defenders_v_version_timeline" USING btree ("_parent_id");
  CREATE UNIQUE INDEX "_defenders_v_version_timeline_locales_locale_parent_id_uniqu" ON "_defenders_v_version_timeline_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_defenders_v_version_timeline_locales_parent_idx" ON "_defenders_v_version_timeline_locales" USING btree ("_parent_id");
  CREATE INDEX "_defenders_v_parent_idx" ON "_defenders_v" USING btree ("parent_id");
  CREATE INDEX "_defenders_v_version_version_photo_idx" ON "_defenders_v" USING btree ("version_photo_id");
  CREATE INDEX "_defenders_v_version_version_organisation_idx" ON "_defenders_v" USING btree ("version_organisation_id");
  CREATE INDEX "_defenders_v_version_workflow_version_workflow_state_idx" ON "_defenders_v" USING btree ("version_workflow_state");
  CREATE INDEX "_defenders_v_version_workflow_version_workflow_submitted_idx" ON "_defenders_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_defenders_v_version_workflow_version_workflow_approved__idx" ON "_defenders_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_defenders_v_version_version_updated_at_idx" ON "_defenders_v" USING btree ("version_updated_at");
  CREATE INDEX "_defenders_v_version_version_created_at_idx" ON "_defenders_v" USING btree ("version_created_at");
  CREATE INDEX "_defenders_v_version_version_deleted_at_idx" ON "_defenders_v" USING btree ("version_deleted_at");
  CREATE INDEX "_defenders_v_version_version__status_idx" ON "_defenders_v" USING btree ("version__status");
  CREATE INDEX "_defenders_v_created_at_idx" ON "_defenders_v" USING btree ("created_at");
  CREATE INDEX "_defenders_v_updated_at_idx" ON "_defenders_v" USING btree ("updated_at");
  CREATE INDEX "_defenders_v_snapshot_idx" ON "_defenders_v" USING btree ("snapshot");
  CREATE INDEX "_defenders_v_published_locale_idx" ON "_defenders_v" USING btree ("published_locale");
  CREATE INDEX "_defenders_v_latest_idx" ON "_defenders_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_defenders_v_locales_locale_parent_id_unique" ON "_defenders_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_defenders_v_locales_parent_idx" ON "_defenders_v_locales" USING btree ("_parent_id");
  CREATE INDEX "statistics_chapter_idx" ON "statistics" USING btree ("chapter_id");
  CREATE INDEX "statistics_source_source_organisation_idx" ON "statistics" USING btree ("source_organisation_id");
  CREATE INDEX "statistics_workflow_workflow_state_idx" ON "statistics" USING btree ("workflow_state");
  CREATE INDEX "statistics_workflow_workflow_submitted_by_idx" ON "statistics" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "statistics_workflow_workflow_approved_by_idx" ON "statistics" USING btree ("workflow_approved_by_id");
  CREATE INDEX "statistics_updated_at_idx" ON "statistics" USING btree ("updated_at");
  CREATE INDEX "statistics_created_at_idx" ON "statistics" USING btree ("created_at");
  CREATE INDEX "statistics_deleted_at_idx" ON "statistics" USING btree ("deleted_at");
  CREATE INDEX "statistics__status_idx" ON "statistics" USING btree ("_status");
  CREATE UNIQUE INDEX "statistics_locales_locale_parent_id_unique" ON "statistics_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "statistics_locales_parent_idx" ON "statistics_locales" USING btree ("_parent_id");
  CREATE INDEX "_statistics_v_parent_idx" ON "_statistics_v" USING btree ("parent_id");
  CREATE INDEX "_statistics_v_version_version_chapter_idx" ON "_statistics_v" USING btree ("version_chapter_id");
  CREATE INDEX "_statistics_v_version_source_version_source_organisation_idx" ON "_statistics_v" USING btree ("version_source_organisation_id");
  CREATE INDEX "_statistics_v_version_workflow_version_workflow_state_idx" ON "_statistics_v" USING btree ("version_workflow_state");
  CREATE INDEX "_statistics_v_version_workflow_version_workflow_submitte_idx" ON "_statistics_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_statistics_v_version_workflow_version_workflow_approved_idx" ON "_statistics_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_statistics_v_version_version_updated_at_idx" ON "_statistics_v" USING btree ("version_updated_at");
  CREATE INDEX "_statistics_v_version_version_created_at_idx" ON "_statistics_v" USING btree ("version_created_at");
  CREATE INDEX "_statistics_v_version_version_deleted_at_idx" ON "_statistics_v" USING btree ("version_deleted_at");
  CREATE INDEX "_statistics_v_version_version__status_idx" ON "_statistics_v" USING btree ("version__status");
  CREATE INDEX "_statistics_v_created_at_idx" ON "_statistics_v" USING btree ("created_at");
  CREATE INDEX "_statistics_v_updated_at_idx" ON "_statistics_v" USING btree ("updated_at");
  CREATE INDEX "_statistics_v_snapshot_idx" ON "_statistics_v" USING btree ("snapshot");
  CREATE INDEX "_statistics_v_published_locale_idx" ON "_statistics_v" USING btree ("published_locale");
  CREATE INDEX "_statistics_v_latest_idx" ON "_statistics_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_statistics_v_locales_locale_parent_id_unique" ON "_statistics_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_statistics_v_locales_parent_idx" ON "_statistics_v_locales" USING btree ("_parent_id");
  CREATE INDEX "organisations_workflow_workflow_state_idx" ON "organisations" USING btree ("workflow_state");
  CREATE INDEX "organisations_workflow_workflow_submitted_by_idx" ON "organisations" USING btree ("workflow_submitted_by_id");
  CREATE INDEX "organisations_workflow_workflow_approved_by_idx" ON "organisations" USING btree ("workflow_approved_by_id");
  CREATE INDEX "organisations_updated_at_idx" ON "organisations" USING btree ("updated_at");
  CREATE INDEX "organisations_created_at_idx" ON "organisations" USING btree ("created_at");
  CREATE INDEX "organisations_deleted_at_idx" ON "organisations" USING btree ("deleted_at");
  CREATE INDEX "organisations__status_idx" ON "organisations" USING btree ("_status");
  CREATE UNIQUE INDEX "organisations_locales_locale_parent_id_unique" ON "organisations_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "organisations_locales_parent_idx" ON "organisations_locales" USING btree ("_parent_id");
  CREATE INDEX "_organisations_v_parent_idx" ON "_organisations_v" USING btree ("parent_id");
  CREATE INDEX "_organisations_v_version_workflow_version_workflow_state_idx" ON "_organisations_v" USING btree ("version_workflow_state");
  CREATE INDEX "_organisations_v_version_workflow_version_workflow_submi_idx" ON "_organisations_v" USING btree ("version_workflow_submitted_by_id");
  CREATE INDEX "_organisations_v_version_workflow_version_workflow_appro_idx" ON "_organisations_v" USING btree ("version_workflow_approved_by_id");
  CREATE INDEX "_organisations_v_version_version_updated_at_idx" ON "_organisations_v" USING btree ("version_updated_at");
  CREATE INDEX "_organisations_v_version_version_created_at_idx" ON "_organisations_v" USING btree ("version_created_at");
  CREATE INDEX "_organisations_v_version_version_deleted_at_idx" ON "_organisations_v" USING btree ("version_deleted_at");
  CREATE INDEX "_organisations_v_version_version__status_idx" ON "_organisations_v" USING btree ("version__status");
  CREATE INDEX "_organisations_v_created_at_idx" ON "_organisations_v" USING btree ("created_at");
  CREATE INDEX "_organisations_v_updated_at_idx" ON "_organisations_v" USING btree ("updated_at");
  CREATE INDEX "_organisations_v_snapshot_idx" ON "_organisations_v" USING btree ("snapshot");
  CREATE INDEX "_organisations_v_published_locale_idx" ON "_organisations_v" USING btree ("published_locale");
  CREATE INDEX "_organisations_v_latest_idx" ON "_organisations_v" USING btree ("latest");
  CREATE UNIQUE INDEX "_organisations_v_locales_locale_parent_id_unique" ON "_organisations_v_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "_organisations_v_locales_parent_idx" ON "_organisations_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_print_sizes_print_filename_idx" ON "media" USING btree ("sizes_print_filename");
  CREATE UNIQUE INDEX "media_locales_locale_parent_id_unique" ON "media_locales" USING btree ("_locale","_parent_id");
  CREATE INDEX "media_locales_parent_idx" ON "media_locales" USING btree ("_parent_id");
  CREATE INDEX "glossary_forbidden_order_idx" ON "glossary_forbidden" USING btree ("_order");
  CREATE INDEX "glossary_forbidden_parent_id_idx" ON "glossary_forbidden" USING btree ("_parent_id");
  CREATE INDEX "glossary_term_idx" ON "glossary" USING btree ("term");
  CREATE INDEX "glossary_updated_at_idx" ON "glossary" USING btree ("updated_at");
  CREATE INDEX "glossary_created_at_idx" ON "glossary" USING btree ("created_at");
  CREATE INDEX "consent_documents_updated_at_idx" ON "consent_documents" USING btree ("updated_at");
  CREATE INDEX "consent_documents_created_at_idx" ON "consent_documents" USING btree ("created_at");
  CREATE UNIQUE INDEX "consent_documents_filename_idx" ON "consent_documents" USING btree ("filename");
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_translator_locales_order_idx" ON "users_translator_locales" USING btree ("order");
  CREATE INDEX "users_translator_locales_parent_idx" ON "users_translator_locales" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "audit_events_action_idx" ON "audit_events" USING btree ("action");
  CREATE INDEX "audit_events_collection_idx" ON "audit_events" USING btree ("collection");
  CREATE INDEX "audit_events_doc_id_idx" ON "audit_events" USING btree ("doc_id");
  CREATE INDEX "audit_events_user_idx" ON "audit_events" USING btree ("user_id");
  CREATE INDEX "audit_events_updated_at_idx" ON "audit_events" USING btree ("updated_at");
  CREATE INDEX "audit_events_created_at_idx" ON "audit_events" USING btree ("created_at");
  CREATE INDEX "publications_report_idx" ON "publications" USING btree ("report_id");
  CREATE INDEX "publications_published_by_idx" ON "publications" USING btree ("published_by_id");
  CREATE INDEX "publications_updated_at_idx" ON "publications" USING btree ("updated_at");
  CREATE INDEX "publications_created_at_idx" ON "publications" USING btree ("created_at");
  CREATE UNIQUE INDEX "publish_leases_key_idx" ON "publish_leases" USING btree ("key");
  CREATE INDEX "publish_leases_updated_at_idx" ON "publish_leases" USING btree ("updated_at");
  CREATE INDEX "publish_leases_created_at_idx" ON "publish_leases" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("reports_id");
  CREATE INDEX "payload_locked_documents_rels_chapters_id_idx" ON "payload_locked_documents_rels" USING btree ("chapters_id");
  CREATE INDEX "payload_locked_documents_rels_testimonies_id_idx" ON "payload_locked_documents_rels" USING btree ("testimonies_id");
  CREATE INDEX "payload_locked_documents_rels_defenders_id_idx" ON "payload_locked_documents_rels" USING btree ("defenders_id");
  CREATE INDEX "payload_locked_documents_rels_statistics_id_idx" ON "payload_locked_documents_rels" USING btree ("statistics_id");
  CREATE INDEX "payload_locked_documents_rels_organisations_id_idx" ON "payload_locked_documents_rels" USING btree ("organisations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_glossary_id_idx" ON "payload_locked_documents_rels" USING btree ("glossary_id");
  CREATE INDEX "payload_locked_documents_rels_consent_documents_id_idx" ON "payload_locked_documents_rels" USING btree ("consent_documents_id");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_audit_events_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_events_id");
  CREATE INDEX "payload_locked_documents_rels_publications_id_idx" ON "payload_locked_documents_rels" USING btree ("publications_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "reports" CASCADE;
  DROP TABLE "reports_locales" CASCADE;
  DROP TABLE "_reports_v" CASCADE;
  DROP TABLE "_reports_v_locales" CASCADE;
  DROP TABLE "chapters_further_reading" CASCADE;
  DROP TABLE "chapters_further_reading_locales" CASCADE;
  DROP TABLE "chapters" CASCADE;
  DROP TABLE "chapters_locales" CASCADE;
  DROP TABLE "chapters_rels" CASCADE;
  DROP TABLE "_chapters_v_version_further_reading" CASCADE;
  DROP TABLE "_chapters_v_version_further_reading_locales" CASCADE;
  DROP TABLE "_chapters_v" CASCADE;
  DROP TABLE "_chapters_v_locales" CASCADE;
  DROP TABLE "_chapters_v_rels" CASCADE;
  DROP TABLE "testimonies_themes" CASCADE;
  DROP TABLE "testimonies_consent_scope" CASCADE;
  DROP TABLE "testimonies" CASCADE;
  DROP TABLE "testimonies_locales" CASCADE;
  DROP TABLE "testimonies_rels" CASCADE;
  DROP TABLE "_testimonies_v_version_themes" CASCADE;
  DROP TABLE "_testimonies_v_version_consent_scope" CASCADE;
  DROP TABLE "_testimonies_v" CASCADE;
  DROP TABLE "_testimonies_v_locales" CASCADE;
  DROP TABLE "_testimonies_v_rels" CASCADE;
  DROP TABLE "defenders_timeline" CASCADE;
  DROP TABLE "defenders_timeline_locales" CASCADE;
  DROP TABLE "defenders" CASCADE;
  DROP TABLE "defenders_locales" CASCADE;
  DROP TABLE "_defenders_v_version_timeline" CASCADE;
  DROP TABLE "_defenders_v_version_timeline_locales" CASCADE;
  DROP TABLE "_defenders_v" CASCADE;
  DROP TABLE "_defenders_v_locales" CASCADE;
  DROP TABLE "statistics" CASCADE;
  DROP TABLE "statistics_locales" CASCADE;
  DROP TABLE "_statistics_v" CASCADE;
  DROP TABLE "_statistics_v_locales" CASCADE;
  DROP TABLE "organisations" CASCADE;
  DROP TABLE "organisations_locales" CASCADE;
  DROP TABLE "_organisations_v" CASCADE;
  DROP TABLE "_organisations_v_locales" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "media_locales" CASCADE;
  DROP TABLE "glossary_forbidden" CASCADE;
  DROP TABLE "glossary" CASCADE;
  DROP TABLE "consent_documents" CASCADE;
  DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_translator_locales" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "audit_events" CASCADE;
  DROP TABLE "publications" CASCADE;
  DROP TABLE "publish_leases" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."_locales";
  DROP TYPE "public"."enum_reports_workflow_state";
  DROP TYPE "public"."enum_reports_status";
  DROP TYPE "public"."enum__reports_v_version_workflow_state";
  DROP TYPE "public"."enum__reports_v_version_status";
  DROP TYPE "public"."enum__reports_v_published_locale";
  DROP TYPE "public"."enum_chapters_further_reading_kind";
  DROP TYPE "public"."enum_chapters_kind";
  DROP TYPE "public"."enum_chapters_country";
  DROP TYPE "public"."enum_chapters_workflow_state";
  DROP TYPE "public"."enum_chapters_status";
  DROP TYPE "public"."enum__chapters_v_version_further_reading_kind";
  DROP TYPE "public"."enum__chapters_v_version_kind";
  DROP TYPE "public"."enum__chapters_v_version_country";
  DROP TYPE "public"."enum__chapters_v_version_workflow_state";
  DROP TYPE "public"."enum__chapters_v_version_status";
  DROP TYPE "public"."enum__chapters_v_published_locale";
  DROP TYPE "public"."enum_testimonies_themes";
  DROP TYPE "public"."enum_testimonies_consent_scope";
  DROP TYPE "public"."enum_testimonies_country";
  DROP TYPE "public"."enum_testimonies_disclosure";
  DROP TYPE "public"."enum_testimonies_consent_status";
  DROP TYPE "public"."enum_testimonies_workflow_state";
  DROP TYPE "public"."enum_testimonies_status";
  DROP TYPE "public"."enum__testimonies_v_version_themes";
  DROP TYPE "public"."enum__testimonies_v_version_consent_scope";
  DROP TYPE "public"."enum__testimonies_v_version_country";
  DROP TYPE "public"."enum__testimonies_v_version_disclosure";
  DROP TYPE "public"."enum__testimonies_v_version_consent_status";
  DROP TYPE "public"."enum__testimonies_v_version_workflow_state";
  DROP TYPE "public"."enum__testimonies_v_version_status";
  DROP TYPE "public"."enum__testimonies_v_published_locale";
  DROP TYPE "public"."enum_defenders_country";
  DROP TYPE "public"."enum_defenders_liberty_status";
  DROP TYPE "public"."enum_defenders_visibility";
  DROP TYPE "public"."enum_defenders_workflow_state";
  DROP TYPE "public"."enum_defenders_status";
  DROP TYPE "public"."enum__defenders_v_version_country";
  DROP TYPE "public"."enum__defenders_v_version_visibility";
  DROP TYPE "public"."enum__defenders_v_version_workflow_state";
  DROP TYPE "public"."enum__defenders_v_version_status";
  DROP TYPE "public"."enum__defenders_v_published_locale";
  DROP TYPE "public"."enum_statistics_qualifier";
  DROP TYPE "public"."enum_statistics_country";
  DROP TYPE "public"."enum_statistics_workflow_state";
  DROP TYPE "public"."enum_statistics_status";
  DROP TYPE "public"."enum__statistics_v_version_qualifier";
  DROP TYPE "public"."enum__statistics_v_version_country";
  DROP TYPE "public"."enum__statistics_v_version_workflow_state";
  DROP TYPE "public"."enum__statistics_v_version_status";
  DROP TYPE "public"."enum__statistics_v_published_locale";
  DROP TYPE "public"."enum_organisations_kind";
  DROP TYPE "public"."enum_organisations_country";
  DROP TYPE "public"."enum_organisations_workflow_state";
  DROP TYPE "public"."enum_organisations_status";
  DROP TYPE "public"."enum__organisations_v_version_kind";
  DROP TYPE "public"."enum__organisations_v_version_country";
  DROP TYPE "public"."enum__organisations_v_version_workflow_state";
  DROP TYPE "public"."enum__organisations_v_version_status";
  DROP TYPE "public"."enum__organisations_v_published_locale";
  DROP TYPE "public"."enum_media_licence";
  DROP TYPE "public"."enum_glossary_forbidden_locale";
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_users_translator_locales";
  DROP TYPE "public"."enum_audit_events_action";
  DROP TYPE "public"."enum_publications_outcome";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
