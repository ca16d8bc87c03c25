import { SourceText as SourceText_0feb134fe718f55960af594e0ad9b515 } from '../../../../src/workflow/admin/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { TranslationsField as TranslationsField_586d31385a43c6cdaf25bdb622f3982d } from '../../../../src/workflow/admin/TranslationsField'
import { PublishReportLink as PublishReportLink_901d9ab7dad12ad69bf2810993444dac } from '../../../../src/publish/admin/PublishLinks'
import { WorkflowActions as WorkflowActions_2841ad85d8256faf769d752bb013c753 } from '../../../../src/workflow/admin/WorkflowActions'
import { WorkflowStatus as WorkflowStatus_8f0f9697b1f02c310c4e09780fa7edd0 } from '../../../../src/workflow/admin/WorkflowStatus'
import { NoUnpublish as NoUnpublish_2841ad85d8256faf769d752bb013c753 } from '../../../../src/workflow/admin/WorkflowActions'
import { BlocksFeatureClient as BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { PdfPreviewButton as PdfPreviewButton_3e874f5235188fb93b6c1d9f5b3031e4 } from '../../../../src/publish/admin/PdfPreviewButton'
import { WebPreviewButton as WebPreviewButton_7f2fdedca68bcb5cdaa0392a89d4ed5c } from '../../../../src/publish/editions/web/WebPreviewButton'
import { CurrentPasswordField as CurrentPasswordField_83a05b07246cfbe9dab31fbebffe017b } from '../../../../src/access/admin/CurrentPasswordField'
import { PublicationDownloads as PublicationDownloads_ab1a7d02e910bf09bf2deb94d05aa398 } from '../../../../src/publish/admin/PublicationDownloads'
import { TranslationsNavLink as TranslationsNavLink_bbe42a0cadfbf1c46891b4ff9fb2fe8a } from '../../../../src/workflow/admin/TranslationsNavLink'
import { PublishNavLink as PublishNavLink_901d9ab7dad12ad69bf2810993444dac } from '../../../../src/publish/admin/PublishLinks'
import { MyWorkPanel as MyWorkPanel_5e949a33e6cba768b06558b026ed627e } from '../../../../src/workflow/admin/MyWork'
import { PublishDashboardPanel as PublishDashboardPanel_901d9ab7dad12ad69bf2810993444dac } from '../../../../src/publish/admin/PublishLinks'
import { ReadinessPanel as ReadinessPanel_00a48271ad5246de93b989568996fb6d } from '../../../../src/publish/admin/ReadinessPanel'
import { TranslationsView as TranslationsView_2c9465803e6cd7b9e26aafead8d4785e } from '../../../../src/workflow/admin/TranslationsView'
import { PublishView as PublishView_5f9276042005b23c59c9eb3f466879aa } from '../../../../src/publish/admin/PublishView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/src/workflow/admin/SourceText#SourceText": SourceText_0feb134fe718f55960af594e0ad9b515,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/workflow/admin/TranslationsField#TranslationsField": TranslationsField_586d31385a43c6cdaf25bdb622f3982d,
  "/src/publish/admin/PublishLinks#PublishReportLink": PublishReportLink_901d9ab7dad12ad69bf2810993444dac,
  "/src/workflow/admin/WorkflowActions#WorkflowActions": WorkflowActions_2841ad85d8256faf769d752bb013c753,
  "/src/workflow/admin/WorkflowStatus#WorkflowStatus": WorkflowStatus_8f0f9697b1f02c310c4e09780fa7edd0,
  "/src/workflow/admin/WorkflowActions#NoUnpublish": NoUnpublish_2841ad85d8256faf769d752bb013c753,
  "@payloadcms/richtext-lexical/client#BlocksFeatureClient": BlocksFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/src/publish/admin/PdfPreviewButton#PdfPreviewButton": PdfPreviewButton_3e874f5235188fb93b6c1d9f5b3031e4,
  "/src/publish/editions/web/WebPreviewButton#WebPreviewButton": WebPreviewButton_7f2fdedca68bcb5cdaa0392a89d4ed5c,
  "/src/access/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_83a05b07246cfbe9dab31fbebffe017b,
  "/src/publish/admin/PublicationDownloads#PublicationDownloads": PublicationDownloads_ab1a7d02e910bf09bf2deb94d05aa398,
  "/src/workflow/admin/TranslationsNavLink#TranslationsNavLink": TranslationsNavLink_bbe42a0cadfbf1c46891b4ff9fb2fe8a,
  "/src/publish/admin/PublishLinks#PublishNavLink": PublishNavLink_901d9ab7dad12ad69bf2810993444dac,
  "/src/workflow/admin/MyWork#MyWorkPanel": MyWorkPanel_5e949a33e6cba768b06558b026ed627e,
  "/src/publish/admin/PublishLinks#PublishDashboardPanel": PublishDashboardPanel_901d9ab7dad12ad69bf2810993444dac,
  "/src/publish/admin/ReadinessPanel#ReadinessPanel": ReadinessPanel_00a48271ad5246de93b989568996fb6d,
  "/src/workflow/admin/TranslationsView#TranslationsView": TranslationsView_2c9465803e6cd7b9e26aafead8d4785e,
  "/src/publish/admin/PublishView#PublishView": PublishView_5f9276042005b23c59c9eb3f466879aa,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
