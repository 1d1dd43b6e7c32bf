//! Small views the pages are built from. Each takes what it shows as props or reads the
//! shared URL filter; none of them owns state that should outlive a navigation.

pub mod active_filters;
pub mod axis;
pub mod copy_link;
pub mod date_label;
pub mod download;
pub mod embed;
pub mod event_card;
pub mod event_record;
pub mod facet_group;
pub mod filter_panel;
pub mod highlighted;
pub mod ignored_notice;
pub mod in_post;
pub mod keyed_list;
pub mod page_heading;
pub mod quote;
pub mod status;
